package main

import (
	"container/heap"
	"fmt"
)

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type config struct {
	names []string
	limit map[string]int
}

func main() {
	// Index expressions of a dereferenced pointer, in declarations of
	// main's top level (a notebook cell's top level).
	h := &intHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	smallest := (*h)[0]
	fmt.Println("minimum:", smallest, h.Len())
	last := (*h)[h.Len()-1]
	fmt.Println(last > 0)

	xs := &[]string{"a", "b", "c"}
	first, rest := (*xs)[0], (*xs)[1:]
	fmt.Println(first, rest, len(*xs))

	m := &map[string]int{"one": 1, "two": 2}
	two, ok := (*m)["two"]
	three, ok3 := (*m)["three"]
	fmt.Println(two, ok, three, ok3)

	arr := &[3]int{7, 8, 9}
	mid := arr[1]
	mid2 := (*arr)[1]
	fmt.Println(mid, mid2)

	n := 41
	p := &n
	pp := &p
	v := **pp + 1
	w := *(*pp)
	fmt.Println(v, w)

	cfg := &config{names: []string{"x", "y"}, limit: map[string]int{"x": 3}}
	name := (*cfg).names[1]
	lim := (*cfg).limit["x"]
	fmt.Println(name, lim)

	grid := &[][]int{{1, 2}, {3, 4}}
	corner := (*grid)[1][1]
	row := (*grid)[0]
	fmt.Println(corner, row)

	var q *[]int = &[]int{10, 20}
	var second = (*q)[1]
	fmt.Println(second)

	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
}
