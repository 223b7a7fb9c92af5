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

func main() {
	var s Stack[string]
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 25 {
				s.Push(fmt.Sprintf("g%d-%02d", g, i))
			}
		}()
	}
	wg.Wait()
	fmt.Println("size:", s.size.Load())
	var popped []string
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		popped = append(popped, v)
	}
	sort.Strings(popped)
	fmt.Println(len(popped), popped[0], popped[len(popped)-1], s.size.Load())
	var ints Stack[int]
	ints.Push(1)
	ints.Push(2)
	fmt.Println(ints.Pop())
	fmt.Println(ints.Pop())
	fmt.Println(ints.Pop())
}
