package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func waiter(cond *multiprocessing.Condition, value *multiprocessing.Value, out *multiprocessing.Queue) {
	cond.Acquire()
	defer cond.Release()
	ok := cond.WaitForTimeout(func() bool { return value.Get().(int) >= 3 }, 20*time.Second)
	s := "False"
	if ok {
		s = "True"
	}
	out.Put(fmt.Sprintf("(%s, %d)", s, value.Get()))
}

func main() {
	multiprocessing.Main(waiter)
	cond := multiprocessing.NewCondition(nil)
	value := multiprocessing.NewValue("i", 0)
	out := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: waiter, Args: []any{cond, value, out}}
	p.Start()
	for i := 0; i < 3; i++ {
		cond.Acquire()
		value.Set(value.Get().(int) + 1)
		cond.NotifyAll()
		cond.Release()
	}
	fmt.Println(out.Get())
	p.Join()
	fmt.Println("exit:", p.ExitCode(), "final:", value.Get())
}
