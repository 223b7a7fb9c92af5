package main

import (
	"fmt"
	"sort"
	"sync"
)

type Queue[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []T
	cap      int
	closed   bool
}

func NewQueue[T any](n int) *Queue[T] {
	q := &Queue[T]{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue[T]) Put(v T) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
}

func (q *Queue[T]) Get() (T, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *Queue[T]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

type Msg struct {
	From int
	Seq  int
}

func main() {
	q := NewQueue[Msg](2)
	var prod, cons sync.WaitGroup
	for p := 0; p < 3; p++ {
		prod.Add(1)
		go func(p int) {
			defer prod.Done()
			for i := 0; i < 5; i++ {
				q.Put(Msg{p, i})
			}
		}(p)
	}
	var mu sync.Mutex
	got := map[int][]int{}
	for c := 0; c < 2; c++ {
		cons.Add(1)
		go func() {
			defer cons.Done()
			for {
				m, ok := q.Get()
				if !ok {
					return
				}
				mu.Lock()
				got[m.From] = append(got[m.From], m.Seq)
				mu.Unlock()
			}
		}()
	}
	prod.Wait()
	q.Close()
	cons.Wait()
	total := 0
	for p := 0; p < 3; p++ {
		s := got[p]
		sort.Ints(s)
		total += len(s)
		fmt.Println(p, s)
	}
	fmt.Println(total, len(q.items))
}
