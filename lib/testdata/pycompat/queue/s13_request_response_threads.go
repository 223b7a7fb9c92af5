package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

type req struct {
	id   int
	op   string
	a, b int
}

func main() {
	requests, responses := queue.New(0), queue.New(0)
	server := func() {
		for {
			r := requests.Get()
			if r == nil {
				requests.TaskDone()
				break
			}
			q := r.(req)
			v := q.a * q.b
			if q.op == "+" {
				v = q.a + q.b
			}
			responses.Put([2]int{q.id, v})
			requests.TaskDone()
		}
	}
	s := &threading.Thread{Target: server}
	s.Start()
	for id, r := range []req{{op: "+", a: 1, b: 2}, {op: "*", a: 3, b: 4}, {op: "+", a: 10, b: -3}} {
		r.id = id
		requests.Put(r)
		v, _ := responses.GetTimeout(10 * time.Second)
		p := v.([2]int)
		fmt.Printf("response (%d, %d)\n", p[0], p[1])
	}
	requests.Put(nil)
	requests.Join()
	s.Join()
	fmt.Println("server alive:", map[bool]string{true: "True", false: "False"}[s.IsAlive()], "pending:", requests.UnfinishedTasks(), responses.Qsize())
}
