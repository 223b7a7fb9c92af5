package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func use(sem *multiprocessing.BoundedSemaphore, q *multiprocessing.Queue) {
	sem.Acquire()
	q.Put(sem.GetValue())
	sem.Release()
}

func main() {
	multiprocessing.Main(use)
	sem := multiprocessing.NewBoundedSemaphore(2)
	q := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for range 4 {
		ps = append(ps, &multiprocessing.Process{Target: use, Args: []any{sem, q}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	all := true
	for range ps {
		v := q.Get().(int)
		all = all && (v == 0 || v == 1)
	}
	fmt.Println(pyBool(all), sem.GetValue())
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		sem.Release()
	}()
	s := multiprocessing.NewSemaphore(0)
	fmt.Println(pyBool(s.AcquireTimeout(10*time.Millisecond)), pyBool(s.TryAcquire()))
	s.Release()
	s.Release()
	fmt.Println(s.GetValue())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
