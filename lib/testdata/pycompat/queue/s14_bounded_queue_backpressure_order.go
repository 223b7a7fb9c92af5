package main

import (
	"fmt"
	"runtime"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	q          = queue.New(2)
	log        []string
	lock       threading.Lock
	consumerGo threading.Event
)

func producer() {
	for i := 0; i < 5; i++ {
		q.Put(i)
		lock.Acquire()
		log = append(log, fmt.Sprintf("put %d (size %d)", i, q.Qsize()))
		lock.Release()
	}
}

func consumer() {
	consumerGo.Wait()
	for i := 0; i < 5; i++ {
		q.Get()
		q.TaskDone()
	}
}

func main() {
	p := &threading.Thread{Target: producer}
	c := &threading.Thread{Target: consumer}
	p.Start()
	c.Start()
	for q.Qsize() < 2 {
		runtime.Gosched()
	}
	py := map[bool]string{true: "True", false: "False"}
	fmt.Println("full before consumer:", py[q.Full()])
	consumerGo.Set()
	p.Join()
	c.Join()
	q.Join()
	fmt.Println(len(log), log[0], log[1])
	fmt.Println("end:", q.Qsize(), py[q.Empty()])
}
