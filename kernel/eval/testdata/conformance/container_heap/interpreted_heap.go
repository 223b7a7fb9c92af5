package main

import (
	"container/heap"
	"fmt"
)

type Job struct {
	Name     string
	Priority int
	index    int
}

type Queue []*Job

func (q Queue) Len() int { return len(q) }
func (q Queue) Less(i, j int) bool {
	if q[i].Priority == q[j].Priority {
		return q[i].Name < q[j].Name
	}
	return q[i].Priority > q[j].Priority
}
func (q Queue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *Queue) Push(x any) {
	j := x.(*Job)
	j.index = len(*q)
	*q = append(*q, j)
}
func (q *Queue) Pop() any {
	old := *q
	n := len(old)
	j := old[n-1]
	old[n-1] = nil
	j.index = -1
	*q = old[:n-1]
	return j
}

type MinInts []int

func (h MinInts) Len() int           { return len(h) }
func (h MinInts) Less(i, j int) bool { return h[i] < h[j] }
func (h MinInts) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *MinInts) Push(x any)        { *h = append(*h, x.(int)) }
func (h *MinInts) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	q := &Queue{}
	heap.Init(q)
	jobs := map[string]*Job{}
	for i, name := range []string{"build", "test", "deploy", "lint"} {
		j := &Job{Name: name, Priority: i % 3}
		jobs[name] = j
		heap.Push(q, j)
	}
	jobs["lint"].Priority = 10
	heap.Fix(q, jobs["lint"].index)
	heap.Remove(q, jobs["test"].index)
	for q.Len() > 0 {
		j := heap.Pop(q).(*Job)
		fmt.Print(j.Name, ":", j.Priority, " ")
	}
	fmt.Println()
	h := &MinInts{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	fmt.Println((*h)[0], h.Len())
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
}
