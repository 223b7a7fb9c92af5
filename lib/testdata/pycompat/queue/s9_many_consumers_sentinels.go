package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(3)
var total int
var lock threading.Lock

func consumer() {
	for {
		x := q.Get()
		if x == nil {
			return
		}
		lock.Acquire()
		total += x.(int)
		lock.Release()
	}
}

func main() {
	var cs []*threading.Thread
	for range 4 {
		cs = append(cs, &threading.Thread{Target: consumer})
	}
	for _, c := range cs {
		c.Start()
	}
	for i := 1; i <= 100; i++ {
		q.Put(i)
	}
	for range cs {
		q.Put(nil)
	}
	for _, c := range cs {
		c.Join()
	}
	fmt.Println(total, pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
