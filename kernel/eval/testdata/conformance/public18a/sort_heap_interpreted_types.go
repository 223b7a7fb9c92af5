package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type Task struct {
	Name string
	Pri  int
	idx  int
}

type PQ []*Task

func (q PQ) Len() int { return len(q) }
func (q PQ) Less(i, j int) bool {
	return q[i].Pri > q[j].Pri || q[i].Pri == q[j].Pri && q[i].Name < q[j].Name
}
func (q PQ) Swap(i, j int)       { q[i], q[j] = q[j], q[i]; q[i].idx = i; q[j].idx = j }
func (q *PQ) Push(x interface{}) { t := x.(*Task); t.idx = len(*q); *q = append(*q, t) }
func (q *PQ) Pop() interface{} {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.idx = -1
	*q = old[:n-1]
	return t
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func main() {
	q := &PQ{}
	heap.Init(q)
	for i, n := range []string{"e", "b", "d", "a", "c", "f"} {
		heap.Push(q, &Task{Name: n, Pri: i % 3})
	}
	t := (*q)[3]
	t.Pri = 10
	heap.Fix(q, t.idx)
	removed := heap.Remove(q, 2).(*Task)
	fmt.Println("removed", removed.Name, removed.idx)
	for q.Len() > 0 {
		t := heap.Pop(q).(*Task)
		fmt.Print(t.Name, ":", t.Pri, " ")
	}
	fmt.Println()
	words := byLen{"ccc", "a", "bb", "dddd", "ee", "f"}
	sort.Stable(words)
	fmt.Println(words, sort.IsSorted(words))
	sort.Sort(sort.Reverse(words))
	fmt.Println(words[0], len(words[len(words)-1]))
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Println((*h)[0], h.Len())
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
	idx := sort.Search(len(out), func(i int) bool { return out[i] >= 4 })
	fmt.Println(idx, sort.SearchInts(out, 8), sort.SearchStrings([]string{"a", "c"}, "b"))
	people := []struct {
		N string
		A int
	}{{"x", 3}, {"y", 1}, {"z", 3}, {"w", 1}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].A < people[j].A })
	fmt.Println(people)
	fl := sort.Float64Slice{2.5, -1, 3}
	fl.Sort()
	fmt.Println(fl, fl.Search(2.5), sort.StringSlice{"b", "a"}.Len())
	i, found := sort.Find(len(out), func(i int) int { return 5 - out[i] })
	fmt.Println(i, found)
}
