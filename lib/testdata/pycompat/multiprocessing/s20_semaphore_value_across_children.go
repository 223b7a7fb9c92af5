package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func take(sem *multiprocessing.Semaphore, q *multiprocessing.Queue) {
	q.Put(sem.AcquireTimeout(50 * time.Millisecond))
}

func main() {
	multiprocessing.Main(take)
	sem := multiprocessing.NewSemaphore(2)
	q := multiprocessing.NewQueue()
	var results []string
	for i := 0; i < 3; i++ {
		p := &multiprocessing.Process{Target: take, Args: []any{sem, q}}
		p.Start()
		p.Join()
		v, _ := q.GetTimeout(30 * time.Second)
		results = append(results, pb(v.(bool)))
	}
	fmt.Printf("[%s, %s, %s] %d\n", results[0], results[1], results[2], sem.GetValue())
	sem.Release()
	sem.Release()
	sem.Release()
	fmt.Println(sem.GetValue())
	b := multiprocessing.NewBoundedSemaphore(1)
	b.Acquire()
	b.Release()
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e, b.GetValue())
			}
		}()
		b.Release()
	}()
}
