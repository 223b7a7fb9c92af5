package main

import (
	"cmp"
	"container/heap"
	"fmt"
)

type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (p *PQ[T]) Len() int           { return len(p.items) }
func (p *PQ[T]) Less(i, j int) bool { return p.less(p.items[i], p.items[j]) }
func (p *PQ[T]) Swap(i, j int)      { p.items[i], p.items[j] = p.items[j], p.items[i] }
func (p *PQ[T]) Push(x any)         { p.items = append(p.items, x.(T)) }
func (p *PQ[T]) Pop() any {
	n := len(p.items)
	x := p.items[n-1]
	p.items = p.items[:n-1]
	return x
}

func NewMinPQ[T cmp.Ordered]() *PQ[T] {
	return &PQ[T]{less: func(a, b T) bool { return a < b }}
}

type task struct {
	name string
	prio int
}

func main() {
	pq := NewMinPQ[int]()
	for _, v := range []int{5, 1, 4, 2, 3} {
		heap.Push(pq, v)
	}
	for pq.Len() > 0 {
		fmt.Print(heap.Pop(pq), " ")
	}
	fmt.Println()
	tq := &PQ[task]{less: func(a, b task) bool { return a.prio > b.prio }}
	heap.Push(tq, task{"low", 1})
	heap.Push(tq, task{"high", 9})
	heap.Push(tq, task{"mid", 5})
	t := heap.Pop(tq).(task)
	fmt.Println(t.name, tq.Len())
}
