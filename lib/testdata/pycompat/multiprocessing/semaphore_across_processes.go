package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func take(sem *multiprocessing.Semaphore, out *multiprocessing.Queue) {
	out.Put(sem.AcquireTimeout(50 * time.Millisecond))
}

func main() {
	multiprocessing.Main(take)
	sem := multiprocessing.NewSemaphore(2)
	out := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for i := 0; i < 3; i++ {
		ps = append(ps, &multiprocessing.Process{Target: take, Args: []any{sem, out}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	falses, trues := 0, 0
	for i := 0; i < 3; i++ {
		if out.Get().(bool) {
			trues++
		} else {
			falses++
		}
	}
	s := "["
	for i := 0; i < falses; i++ {
		s += "False, "
	}
	for i := 0; i < trues; i++ {
		s += "True, "
	}
	fmt.Println(s[:len(s)-2]+"]", sem.GetValue())
	sem.Release()
	sem.Release()
	fmt.Println(sem.GetValue())
}
