package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func waiter(cond *multiprocessing.Condition, flag *multiprocessing.Value, q *multiprocessing.Queue) {
	cond.Acquire()
	cond.WaitFor(func() bool { return flag.Get().(int) == 1 })
	q.Put(flag.Get())
	cond.Release()
}

func main() {
	multiprocessing.Main(waiter)
	cond := multiprocessing.NewCondition(nil)
	flag := multiprocessing.NewValue("i", 0)
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: waiter, Args: []any{cond, flag, q}}
	p.Start()
	cond.Acquire()
	flag.Set(1)
	cond.NotifyAll()
	cond.Release()
	fmt.Println(q.Get())
	p.Join()
	fmt.Println(p.ExitCode())
}
