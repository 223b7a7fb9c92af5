package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	Seq      int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority != pq[j].Priority {
		return pq[i].Priority > pq[j].Priority
	}
	return pq[i].Seq < pq[j].Seq
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

type Scheduler struct {
	pq     PQ
	byName map[string]*Task
	seq    int
}

func (s *Scheduler) Add(name string, prio int) {
	s.seq++
	t := &Task{Name: name, Priority: prio, Seq: s.seq}
	heap.Push(&s.pq, t)
	s.byName[name] = t
}

func (s *Scheduler) Bump(name string, delta int) bool {
	t, ok := s.byName[name]
	if !ok || t.index < 0 {
		return false
	}
	t.Priority += delta
	heap.Fix(&s.pq, t.index)
	return true
}

func (s *Scheduler) Cancel(name string) bool {
	t, ok := s.byName[name]
	if !ok || t.index < 0 {
		return false
	}
	heap.Remove(&s.pq, t.index)
	delete(s.byName, name)
	return true
}

func (s *Scheduler) Next() (*Task, bool) {
	if s.pq.Len() == 0 {
		return nil, false
	}
	t := heap.Pop(&s.pq).(*Task)
	delete(s.byName, t.Name)
	return t, true
}

func main() {
	s := &Scheduler{byName: map[string]*Task{}}
	for i, n := range strings.Fields("backup email build deploy lint test") {
		s.Add(n, (i*7)%4)
	}
	fmt.Println(s.Bump("lint", 5), s.Bump("nope", 1), s.Cancel("email"), s.Cancel("email"))
	s.Add("hotfix", 3)
	for {
		t, ok := s.Next()
		if !ok {
			break
		}
		fmt.Printf("%-7s prio=%d seq=%d idx=%d\n", t.Name, t.Priority, t.Seq, t.index)
	}
	ints := &IntHeap{5, 2, 8, 1}
	heap.Init(ints)
	heap.Push(ints, 0)
	var out []int
	for ints.Len() > 0 {
		out = append(out, heap.Pop(ints).(int))
	}
	fmt.Println(out)
}

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
