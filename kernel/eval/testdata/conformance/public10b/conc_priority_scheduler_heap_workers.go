package main

import (
	"container/heap"
	"fmt"
	"sync"
)

type Task struct {
	Name     string
	Priority int
	seq      int
}

type PQ []*Task

func (p PQ) Len() int { return len(p) }
func (p PQ) Less(i, j int) bool {
	if p[i].Priority != p[j].Priority {
		return p[i].Priority > p[j].Priority
	}
	return p[i].seq < p[j].seq
}
func (p PQ) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *PQ) Push(x any)   { *p = append(*p, x.(*Task)) }
func (p *PQ) Pop() any {
	old := *p
	n := len(old)
	t := old[n-1]
	*p = old[:n-1]
	return t
}

type Scheduler struct {
	mu   sync.Mutex
	cond *sync.Cond
	pq   PQ
	seq  int
	done bool
}

func NewScheduler() *Scheduler {
	s := &Scheduler{}
	s.cond = sync.NewCond(&s.mu)
	return s
}

func (s *Scheduler) Submit(name string, prio int) {
	s.mu.Lock()
	s.seq++
	heap.Push(&s.pq, &Task{name, prio, s.seq})
	s.mu.Unlock()
	s.cond.Signal()
}

func (s *Scheduler) Close() {
	s.mu.Lock()
	s.done = true
	s.mu.Unlock()
	s.cond.Broadcast()
}

func (s *Scheduler) Next() (*Task, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for s.pq.Len() == 0 && !s.done {
		s.cond.Wait()
	}
	if s.pq.Len() == 0 {
		return nil, false
	}
	return heap.Pop(&s.pq).(*Task), true
}

func main() {
	s := NewScheduler()
	tasks := []struct {
		n string
		p int
	}{{"email", 1}, {"backup", 5}, {"deploy", 9}, {"lint", 1}, {"test", 5}, {"alert", 10}}
	for _, t := range tasks {
		s.Submit(t.n, t.p)
	}
	var order []string
	for i := 0; i < 3; i++ {
		t, _ := s.Next()
		order = append(order, fmt.Sprintf("%s(%d)", t.Name, t.Priority))
	}
	fmt.Println("first three by priority:", order)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var rest []string
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				t, ok := s.Next()
				if !ok {
					return
				}
				mu.Lock()
				rest = append(rest, t.Name)
				mu.Unlock()
			}
		}()
	}
	s.Submit("late", 3)
	s.Close()
	wg.Wait()
	fmt.Println("rest count:", len(rest))
	_, ok := s.Next()
	fmt.Println("after close:", ok)
}
