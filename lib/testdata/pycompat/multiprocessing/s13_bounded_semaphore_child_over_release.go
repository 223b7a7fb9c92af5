package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func over(sem *multiprocessing.BoundedSemaphore, q *multiprocessing.Queue) {
	func() {
		defer func() {
			if e := recover(); e != nil {
				q.Put(fmt.Sprint(e))
			}
		}()
		sem.Release()
		q.Put("released")
	}()
	q.Put(sem.GetValue())
}

func main() {
	multiprocessing.Main(over)
	sem := multiprocessing.NewBoundedSemaphore(2)
	q := multiprocessing.NewQueue()
	get := func() any { v, _ := q.GetTimeout(30 * time.Second); return v }
	p := &multiprocessing.Process{Target: over, Args: []any{sem, q}}
	p.Start()
	a := get()
	fmt.Println(a, get())
	p.Join()
	sem.Acquire()
	p = &multiprocessing.Process{Target: over, Args: []any{sem, q}}
	p.Start()
	a = get()
	fmt.Println(a, get())
	p.Join()
	fmt.Println("parent value", sem.GetValue())
}
