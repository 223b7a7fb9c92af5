package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	index    int
}

func (t *Task) String() string { return fmt.Sprintf("%s(p%d)", t.Name, t.Priority) }

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority == pq[j].Priority {
		return pq[i].Name < pq[j].Name
	}
	return pq[i].Priority > pq[j].Priority
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

func (pq *PQ) update(t *Task, p int) {
	t.Priority = p
	heap.Fix(pq, t.index)
}

type Scheduler struct {
	q    PQ
	done []string
}

func (s *Scheduler) Add(name string, p int) *Task {
	t := &Task{Name: name, Priority: p}
	heap.Push(&s.q, t)
	return t
}

func (s *Scheduler) RunAll() {
	for s.q.Len() > 0 {
		t := heap.Pop(&s.q).(*Task)
		s.done = append(s.done, t.String())
	}
}

func main() {
	s := &Scheduler{}
	s.Add("write", 2)
	low := s.Add("lint", 1)
	s.Add("test", 3)
	s.Add("build", 3)
	s.Add("deploy", 0)
	fmt.Println(s.q[0], len(s.q))
	s.q.update(low, 5)
	removed := heap.Remove(&s.q, s.q[len(s.q)-1].index)
	fmt.Println("removed", removed, removed.(*Task).index)
	s.RunAll()
	fmt.Println(strings.Join(s.done, " "))
	var items []any
	h := &PQ{}
	heap.Init(h)
	for i, n := range []string{"c", "a", "b"} {
		heap.Push(h, &Task{Name: n, Priority: i % 2})
	}
	for h.Len() > 0 {
		items = append(items, heap.Pop(h))
	}
	fmt.Println(items...)
	fmt.Printf("%v\n", items)
}
