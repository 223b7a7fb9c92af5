package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func waiter(e *multiprocessing.Event, q *multiprocessing.Queue) {
	w := e.WaitTimeout(100 * time.Millisecond)
	q.Put(fmt.Sprintf("('first wait(0.1)', %s, %s)", pyBool(w), pyBool(e.IsSet())))
	w = e.WaitTimeout(10 * time.Second)
	q.Put(fmt.Sprintf("('second wait(10)', %s, %s)", pyBool(w), pyBool(e.IsSet())))
}

func main() {
	multiprocessing.Main(waiter)
	e := multiprocessing.NewEvent()
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: waiter, Args: []any{e, q}}
	p.Start()
	fmt.Println(q.Get())
	e.Set()
	fmt.Println(q.Get())
	p.Join()
	fmt.Println("parent:", pyBool(e.IsSet()), pyBool(e.WaitTimeout(0)), p.ExitCode())
	e.Clear()
	fmt.Println("cleared:", pyBool(e.IsSet()), pyBool(e.WaitTimeout(0)), pyBool(e.WaitTimeout(-time.Second)))
}
