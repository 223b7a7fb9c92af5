package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Node[T any] struct {
	val  T
	next *Node[T]
}

type Stack[T any] struct {
	head atomic.Pointer[Node[T]]
	size atomic.Int64
}

func (s *Stack[T]) Push(v T) {
	n := &Node[T]{val: v}
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

func main() {
	var s Stack[int]
	var wg sync.WaitGroup
	for i := 1; i <= 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Push(i)
		}()
	}
	wg.Wait()
	fmt.Println("size", s.size.Load())
	sum := 0
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		sum += v
	}
	fmt.Println("sum", sum, "size", s.size.Load())
}
