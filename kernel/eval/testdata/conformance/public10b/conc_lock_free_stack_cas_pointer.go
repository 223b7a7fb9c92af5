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
	var s Stack[int]
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				s.Push(g*100 + i)
			}
		}()
	}
	wg.Wait()
	fmt.Println("size", s.size.Load())
	var popped []int
	var mu sync.Mutex
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				if v, ok := s.Pop(); ok {
					mu.Lock()
					popped = append(popped, v)
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	sort.Ints(popped)
	fmt.Println(len(popped), "left", s.size.Load())
	var rest []int
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		rest = append(rest, v)
	}
	all := append(popped, rest...)
	sort.Ints(all)
	fmt.Println(len(all), all[0], all[len(all)-1], all[24], all[25])
	var ss Stack[string]
	ss.Push("x")
	fmt.Println(ss.Pop())
	fmt.Println(ss.Pop())
}
