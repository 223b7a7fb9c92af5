package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type Ints []int

func (h Ints) Len() int           { return len(h) }
func (h Ints) Less(i, j int) bool { return h[i] < h[j] }
func (h Ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *Ints) Push(x any)        { *h = append(*h, x.(int)) }
func (h *Ints) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type Max struct{ Ints }

func (m Max) Less(i, j int) bool { return m.Ints[i] > m.Ints[j] }

type Named struct {
	name string
	*Ints
}

type Deep struct{ Max }

func drain(h heap.Interface) []int {
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	return out
}

func main() {
	in := []int{5, 1, 9, 3, 7, 2}
	mx := &Max{}
	nm := &Named{"n", &Ints{}}
	dp := &Deep{}
	for _, x := range in {
		heap.Push(mx, x)
		heap.Push(nm, x)
		heap.Push(dp, x)
	}
	fmt.Println(mx.Len(), nm.Len(), dp.Len())
	fmt.Println(drain(mx), drain(nm), drain(dp))
	var si sort.Interface = &Max{Ints{3, 1, 2}}
	sort.Sort(si)
	fmt.Println(si)
	var hi heap.Interface = &Max{}
	hi.Push(4)
	hi.Push(6)
	fmt.Println(hi.Len(), hi.Less(0, 1), hi.Less(1, 0))
	hi.Swap(0, 1)
	fmt.Println(hi.Pop(), hi.Len())
}
