package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func child(cond *multiprocessing.Condition, ev *multiprocessing.Event, value *multiprocessing.Value, out *multiprocessing.Queue) {
	ev.Wait()
	cond.Acquire()
	cond.WaitFor(func() bool { return value.Get().(int) >= 3 })
	out.Put(fmt.Sprintf("('child saw', %d)", value.Get()))
	value.Set(100)
	cond.NotifyAll()
	cond.Release()
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(child)
	cond := multiprocessing.NewCondition(nil)
	ev := multiprocessing.NewEvent()
	value := multiprocessing.NewValue("i", 0)
	out := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: child, Args: []any{cond, ev, value, out}}
	p.Start()
	fmt.Println("event set?", py(ev.IsSet()))
	ev.Set()
	for i := 0; i < 3; i++ {
		cond.Acquire()
		value.Set(value.Get().(int) + 1)
		cond.NotifyAll()
		cond.Release()
	}
	cond.Acquire()
	ok := cond.WaitForTimeout(func() bool { return value.Get().(int) == 100 }, 30*time.Second)
	cond.Release()
	fmt.Println(out.Get(), py(ok), value.Get())
	p.Join()
	fmt.Println(p.ExitCode(), py(ev.IsSet()))
}
