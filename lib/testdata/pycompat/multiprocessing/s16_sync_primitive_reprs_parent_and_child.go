package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func child(lock *multiprocessing.Lock, rlock *multiprocessing.RLock, q *multiprocessing.Queue) {
	lock.Acquire()
	q.Put(lock.String())
	lock.Release()
	rlock.Acquire()
	q.Put(rlock.String())
	rlock.Release()
}

func main() {
	multiprocessing.Main(child)
	lock, rlock := multiprocessing.NewLock(), multiprocessing.NewRLock()
	fmt.Println(lock, rlock)
	lock.Acquire()
	rlock.Acquire()
	rlock.Acquire()
	fmt.Println(lock, rlock)
	lock.Release()
	rlock.Release()
	rlock.Release()
	s := multiprocessing.NewSemaphore(3)
	s.Acquire()
	fmt.Println(s, s.GetValue(), multiprocessing.NewBoundedSemaphore(2), multiprocessing.NewCondition(nil))
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: child, Args: []any{lock, rlock, q}, Name: "Kid"}
	p.Start()
	fmt.Println(q.Get())
	fmt.Println(q.Get())
	p.Join()
	fmt.Println("after:", lock, rlock)
}
