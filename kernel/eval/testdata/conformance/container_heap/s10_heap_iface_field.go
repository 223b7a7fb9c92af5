package main

import (
	"container/heap"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}
func (h *IntHeap) String() string { return fmt.Sprintf("heap%v", []int(*h)) }
func (h *IntHeap) Error() string  { return "heap-error" }

type Scheduler struct {
	Q heap.Interface
}

func main() {
	s := Scheduler{Q: &IntHeap{5, 2, 8}}
	heap.Init(s.Q)
	heap.Push(s.Q, 1)
	fmt.Println(s.Q, s.Q.Len())
	fmt.Printf("%v %s\n", s, s.Q)
	var out []int
	for s.Q.Len() > 0 {
		out = append(out, heap.Pop(s.Q).(int))
	}
	fmt.Println(out)
	qs := []heap.Interface{&IntHeap{3, 1}, &IntHeap{9}}
	for _, q := range qs {
		heap.Init(q)
		heap.Push(q, 0)
	}
	fmt.Println(qs)
	e, ok := qs[0].(error)
	fmt.Println(ok, e)
}
