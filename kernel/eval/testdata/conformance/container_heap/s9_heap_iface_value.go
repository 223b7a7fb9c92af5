package main

import (
	"container/heap"
	"fmt"
	"reflect"
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

type Task struct {
	Pri  int
	Name string
}

func (t Task) String() string { return fmt.Sprintf("%s(%d)", t.Name, t.Pri) }

type TaskQ []Task

func (q TaskQ) Len() int           { return len(q) }
func (q TaskQ) Less(i, j int) bool { return q[i].Pri > q[j].Pri }
func (q TaskQ) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *TaskQ) Push(x any)        { *q = append(*q, x.(Task)) }
func (q *TaskQ) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8}
	var hi heap.Interface = h
	heap.Init(hi)
	heap.Push(hi, 3)
	fmt.Println(reflect.TypeOf(hi), hi.Len(), (*h)[0])
	back, ok := hi.(*IntHeap)
	fmt.Println(ok, back == h)
	for hi.Len() > 0 {
		fmt.Print(heap.Pop(hi), " ")
	}
	fmt.Println()

	q := &TaskQ{}
	var qi heap.Interface = q
	for i, n := range []string{"low", "high", "mid"} {
		heap.Push(qi, Task{[]int{1, 9, 5}[i], n})
	}
	top := heap.Pop(qi)
	fmt.Printf("%v %T\n", top, top)
	s, ok := top.(fmt.Stringer)
	fmt.Println(ok, s)
	t := top.(Task)
	fmt.Println(t.Name, qi.Len())
	m := map[heap.Interface]int{qi: 1}
	m[q]++
	fmt.Println(m[qi], len(m))
}
