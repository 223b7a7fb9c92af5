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

type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (q *PQ[T]) Len() int           { return len(q.items) }
func (q *PQ[T]) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) }
func (q *PQ[T]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *PQ[T]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *PQ[T]) Pop() any {
	old := q.items
	n := len(old)
	it := old[n-1]
	q.items = old[:n-1]
	return it
}

type Scheduler struct {
	pq  *PQ[*Task]
	seq int
	log []string
}

func NewScheduler() *Scheduler {
	return &Scheduler{pq: &PQ[*Task]{less: func(a, b *Task) bool {
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		return a.Seq < b.Seq
	}}}
}

func (s *Scheduler) Submit(name string, prio int) {
	s.seq++
	heap.Push(s.pq, &Task{Name: name, Priority: prio, Seq: s.seq})
}

func (s *Scheduler) RunAll(budget int) {
	for s.pq.Len() > 0 && budget > 0 {
		t := heap.Pop(s.pq).(*Task)
		budget--
		s.log = append(s.log, fmt.Sprintf("%s(p%d)", t.Name, t.Priority))
		if strings.HasPrefix(t.Name, "spawn") {
			s.Submit("child-of-"+t.Name, t.Priority-1)
		}
	}
}

func main() {
	s := NewScheduler()
	s.Submit("low", 1)
	s.Submit("high", 9)
	s.Submit("spawnA", 5)
	s.Submit("mid", 5)
	s.Submit("high2", 9)
	s.RunAll(4)
	fmt.Println(strings.Join(s.log, " -> "))
	fmt.Println("pending:", s.pq.Len())
	s.RunAll(10)
	fmt.Println(strings.Join(s.log, " -> "))
	ints := &PQ[int]{less: func(a, b int) bool { return a < b }}
	for _, v := range []int{5, 2, 8, 1, 9} {
		heap.Push(ints, v)
	}
	for ints.Len() > 0 {
		fmt.Print(heap.Pop(ints), " ")
	}
	fmt.Println()
}
