package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func worker(e *multiprocessing.Event, s *multiprocessing.Semaphore, q *multiprocessing.Queue) {
	s.Acquire()
	e.Wait()
	q.Put("released")
	s.Release()
}

func main() {
	multiprocessing.Main(worker)
	e := multiprocessing.NewEvent()
	s := multiprocessing.NewSemaphore(1)
	q := multiprocessing.NewQueue()
	fmt.Println(pyBool(e.IsSet()), pyBool(e.WaitTimeout(50*time.Millisecond)))
	var ps []*multiprocessing.Process
	for range 2 {
		ps = append(ps, &multiprocessing.Process{Target: worker, Args: []any{e, s, q}})
	}
	for _, p := range ps {
		p.Start()
	}
	e.Set()
	a, b := q.Get(), q.Get()
	fmt.Println(a, b)
	for _, p := range ps {
		p.Join()
	}
	fmt.Println(pyBool(e.IsSet()), s.GetValue())
	e.Clear()
	fmt.Println(pyBool(e.IsSet()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
