package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type Stack[T any] struct {
	head atomic.Pointer[node[T]]
	size atomic.Int64
}

func (s *Stack[T]) Push(v T) {
	n := &node[T]{val: v}
	for {
		old := s.head.Load()
		n.next = old
		if s.head.CompareAndSwap(old, n) {
			s.size.Add(1)
			return
		}
	}
}

func (s *Stack[T]) Pop() (T, bool) {
	for {
		old := s.head.Load()
		if old == nil {
			var zero T
			return zero, false
		}
		if s.head.CompareAndSwap(old, old.next) {
			s.size.Add(-1)
			return old.val, true
		}
	}
}

type Job struct {
	ID    int
	Owner string
}

func main() {
	var s Stack[Job]
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				s.Push(Job{w*100 + i, fmt.Sprint("w", w)})
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(s.size.Load())
	var ids []int
	var mu sync.Mutex
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				j, ok := s.Pop()
				if !ok {
					return
				}
				mu.Lock()
				ids = append(ids, j.ID)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	sort.Ints(ids)
	fmt.Println(len(ids), ids[:3], ids[len(ids)-1], s.size.Load())
	var ss Stack[string]
	ss.Push("a")
	ss.Push("b")
	v, _ := ss.Pop()
	fmt.Println(v, ss.size.Load())
}
