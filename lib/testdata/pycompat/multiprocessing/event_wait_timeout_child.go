package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func waiter(e *multiprocessing.Event, q *multiprocessing.Queue) {
	q.Put(e.WaitTimeout(50 * time.Millisecond))
	q.Put(e.IsSet())
}

func main() {
	multiprocessing.Main(waiter)
	e := multiprocessing.NewEvent()
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: waiter, Args: []any{e, q}}
	p.Start()
	p.Join()
	fmt.Println(pyBool(q.Get().(bool)), pyBool(q.Get().(bool)))
	e.Set()
	p = &multiprocessing.Process{Target: waiter, Args: []any{e, q}}
	p.Start()
	p.Join()
	fmt.Println(pyBool(q.Get().(bool)), pyBool(q.Get().(bool)))
	e.Clear()
	fmt.Println(pyBool(e.IsSet()), pyBool(e.WaitTimeout(10*time.Millisecond)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
