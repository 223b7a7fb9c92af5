package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func tryRelease(rlock *multiprocessing.RLock, q *multiprocessing.Queue) {
	defer func() {
		if r := recover(); r != nil {
			q.Put(fmt.Sprint(r))
		}
	}()
	rlock.Release()
	q.Put("released")
}

func main() {
	multiprocessing.Main(tryRelease)
	rlock := multiprocessing.NewRLock()
	q := multiprocessing.NewQueue()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("parent, not held:", strings.TrimPrefix(fmt.Sprint(r), "AssertionError: "))
			}
		}()
		rlock.Release()
	}()
	rlock.Acquire()
	rlock.Acquire()
	p := &multiprocessing.Process{Target: tryRelease, Args: []any{rlock, q}}
	p.Start()
	v, _ := q.GetTimeout(30 * time.Second)
	fmt.Println("child:", v)
	p.Join()
	rlock.Release()
	rlock.Release()
	fmt.Println(rlock)
}
