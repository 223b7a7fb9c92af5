// After CPython's Lib/test/test_queue.py queue_join_test and test_shrinking_queue.
package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

type Q interface {
	Put(any)
	PutNowait(any) error
	Get() any
	TaskDone()
	Join()
	Qsize() int
	UnfinishedTasks() int
}

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

var cum int
var cumlock threading.Lock

func worker(q Q) {
	for {
		x := q.Get().(int)
		if x < 0 {
			q.TaskDone()
			return
		}
		cumlock.Acquire()
		cum += x
		cumlock.Release()
		q.TaskDone()
	}
}

func main() {
	names := []string{"Queue", "LifoQueue", "PriorityQueue"}
	makers := []func(int) Q{
		func(n int) Q { return queue.New(n) },
		func(n int) Q { return queue.NewLifoQueue(n) },
		func(n int) Q { return queue.NewPriorityQueue(n) },
	}
	for k, mk := range makers {
		cum = 0
		q := mk(0)
		var threads []*threading.Thread
		for i := 0; i < 2; i++ {
			threads = append(threads, &threading.Thread{Target: func() { worker(q) }})
		}
		for _, t := range threads {
			t.Start()
		}
		for i := 0; i < 100; i++ {
			q.Put(i)
		}
		q.Join()
		fmt.Println(names[k], pb(cum == 4950))
		q.Put(-1)
		q.Put(-1)
		q.Join()
		for _, t := range threads {
			t.Join()
		}
		fmt.Println(q.UnfinishedTasks(), q.Qsize())
		shrink(k)
	}
}

func shrink(k int) {
	switch k {
	case 0:
		s := queue.New(3)
		fill(s)
		s.Maxsize = 2
		if err := s.PutNowait(4); errors.Is(err, queue.ErrFull) {
			fmt.Println("Full 2", s.Qsize())
		}
	case 1:
		s := queue.NewLifoQueue(3)
		fill(s)
		s.Maxsize = 2
		if err := s.PutNowait(4); errors.Is(err, queue.ErrFull) {
			fmt.Println("Full 2", s.Qsize())
		}
	case 2:
		s := queue.NewPriorityQueue(3)
		fill(s)
		s.Maxsize = 2
		if err := s.PutNowait(4); errors.Is(err, queue.ErrFull) {
			fmt.Println("Full 2", s.Qsize())
		}
	}
}

func fill(s Q) {
	s.Put(1)
	s.Put(2)
	s.Put(3)
	if err := s.PutNowait(4); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full 1")
	}
}
