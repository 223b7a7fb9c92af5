package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func waiter(cond *multiprocessing.Condition, flag *multiprocessing.Value, out *multiprocessing.Queue) {
	cond.Acquire()
	defer cond.Release()
	ok := cond.WaitFor(func() bool { return flag.Get().(int) == 1 })
	out.Put(ok)
}

func main() {
	multiprocessing.Main(waiter)
	cond := multiprocessing.NewCondition(nil)
	flag := multiprocessing.NewValue("i", 0)
	out := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: waiter, Args: []any{cond, flag, out}}
	p.Start()
	cond.Acquire()
	flag.Set(1)
	cond.NotifyAll()
	cond.Release()
	ok := out.Get().(bool)
	fmt.Println(pyBool(ok))
	p.Join()
	cond.Acquire()
	fmt.Println(pyBool(cond.WaitTimeout(20 * time.Millisecond)))
	cond.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
