package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"strings"
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

func NewPQ[T any](less func(a, b T) bool, xs ...T) *PQ[T] {
	p := &PQ[T]{items: append([]T(nil), xs...), less: less}
	heap.Init(p)
	return p
}

func (p *PQ[T]) PushT(x T) { heap.Push(p, x) }
func (p *PQ[T]) PopT() T   { return heap.Pop(p).(T) }

type task struct {
	pri  int
	name string
	idx  int
}

type taskHeap []*task

func (h taskHeap) Len() int { return len(h) }
func (h taskHeap) Less(i, j int) bool {
	return cmp.Or(cmp.Compare(h[j].pri, h[i].pri), strings.Compare(h[i].name, h[j].name)) < 0
}
func (h taskHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].idx = i
	h[j].idx = j
}
func (h *taskHeap) Push(x any) { t := x.(*task); t.idx = len(*h); *h = append(*h, t) }
func (h *taskHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	*h = old[:len(old)-1]
	t.idx = -1
	return t
}

func main() {
	p := NewPQ(func(a, b int) bool { return a > b }, 5, 1, 8, 3, 9, 2)
	p.PushT(7)
	for p.Len() > 0 {
		fmt.Print(p.PopT(), " ")
	}
	fmt.Println()
	ws := NewPQ(func(a, b string) bool { return len(a) < len(b) || len(a) == len(b) && a < b }, strings.Fields("pear fig apple kiwi banana date")...)
	var out []string
	for ws.Len() > 0 {
		out = append(out, ws.PopT())
	}
	fmt.Println(out)
	h := &taskHeap{}
	tasks := map[string]*task{}
	for i, n := range []string{"write", "test", "deploy", "review", "plan"} {
		t := &task{pri: i % 3, name: n}
		tasks[n] = t
		heap.Push(h, t)
	}
	tasks["deploy"].pri = 10
	heap.Fix(h, tasks["deploy"].idx)
	heap.Remove(h, tasks["test"].idx)
	for h.Len() > 0 {
		t := heap.Pop(h).(*task)
		fmt.Printf("%s(%d,%d) ", t.name, t.pri, t.idx)
	}
	fmt.Println()
}
