package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func waiter(e *multiprocessing.Event, q *multiprocessing.Queue) {
	q.Put(e.WaitTimeout(10 * time.Second))
}

func main() {
	multiprocessing.Main(waiter)
	e := multiprocessing.NewEvent()
	q := multiprocessing.NewQueue()
	fmt.Println(pyBool(e.IsSet()))
	p := &multiprocessing.Process{Target: waiter, Args: []any{e, q}}
	p.Start()
	e.Set()
	fmt.Println(pyBool(q.Get().(bool)), pyBool(e.IsSet()))
	p.Join()
	e.Clear()
	fmt.Println(pyBool(e.IsSet()), pyBool(e.WaitTimeout(10*time.Millisecond)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
