package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func producer(cond *multiprocessing.Condition, value *multiprocessing.Value) {
	for i := 1; i < 4; i++ {
		cond.Acquire()
		value.Set(i)
		cond.NotifyAll()
		cond.Release()
	}
}

func holder(sem *multiprocessing.Semaphore, q *multiprocessing.Queue, ev *multiprocessing.Event) {
	sem.Acquire()
	q.Put("held")
	ev.WaitTimeout(30 * time.Second)
	sem.Release()
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(producer, holder)
	cond := multiprocessing.NewCondition(nil)
	value := multiprocessing.NewValue("i", 0)
	p := &multiprocessing.Process{Target: producer, Args: []any{cond, value}}
	cond.Acquire()
	p.Start()
	ok := cond.WaitForTimeout(func() bool { return value.Get().(int) == 3 }, 30*time.Second)
	cond.Release()
	p.Join()
	fmt.Println("saw 3:", py(ok), value.Get())
	cond.Acquire()
	fmt.Println("wait_for false with timeout:", py(cond.WaitForTimeout(func() bool { return value.Get().(int) == 99 }, 200*time.Millisecond)))
	cond.Release()
	sem, q, ev := multiprocessing.NewSemaphore(2), multiprocessing.NewQueue(), multiprocessing.NewEvent()
	var ps []*multiprocessing.Process
	for i := 0; i < 2; i++ {
		ps = append(ps, &multiprocessing.Process{Target: holder, Args: []any{sem, q, ev}})
	}
	for _, x := range ps {
		x.Start()
	}
	var got []string
	for range ps {
		got = append(got, "'"+q.Get().(string)+"'")
	}
	sort.Strings(got)
	fmt.Println("["+strings.Join(got, ", ")+"]", "parent sees:", sem.GetValue(), py(sem.AcquireTimeout(200*time.Millisecond)))
	ev.Set()
	for _, x := range ps {
		x.Join()
	}
	fmt.Println("all back:", sem.GetValue())
}
