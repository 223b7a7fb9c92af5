package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Event struct {
	At     int
	Seq    int
	Name   string
	Action func(*Sim)
}

type queue []*Event

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if q[i].At != q[j].At {
		return q[i].At < q[j].At
	}
	return q[i].Seq < q[j].Seq
}
func (q queue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)   { *q = append(*q, x.(*Event)) }
func (q *queue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

type Sim struct {
	now   int
	seq   int
	q     queue
	trace []string
	stats map[string]int
}

func (s *Sim) At(delay int, name string, f func(*Sim)) {
	s.seq++
	heap.Push(&s.q, &Event{s.now + delay, s.seq, name, f})
}

func (s *Sim) Run(limit int) {
	for s.q.Len() > 0 {
		e := heap.Pop(&s.q).(*Event)
		if e.At > limit {
			s.trace = append(s.trace, fmt.Sprintf("[%d] stop before %s", limit, e.Name))
			return
		}
		s.now = e.At
		s.stats[strings.SplitN(e.Name, "#", 2)[0]]++
		s.trace = append(s.trace, fmt.Sprintf("[%d] %s", s.now, e.Name))
		if e.Action != nil {
			e.Action(s)
		}
	}
}

type Customer struct {
	id      int
	arrived int
}

func main() {
	sim := &Sim{stats: map[string]int{}}
	var line []Customer
	busy := false
	served := 0
	wait := 0
	var serve func(*Sim)
	serve = func(s *Sim) {
		if len(line) == 0 {
			busy = false
			return
		}
		c := line[0]
		line = line[1:]
		busy = true
		wait += s.now - c.arrived
		dur := 2 + c.id%3
		s.At(dur, fmt.Sprintf("done#%d", c.id), func(s *Sim) {
			served++
			serve(s)
		})
	}
	for i := 1; i <= 6; i++ {
		sim.At(i*2-1, fmt.Sprintf("arrive#%d", i), func(s *Sim) {
			line = append(line, Customer{i, s.now})
			if !busy {
				serve(s)
			}
		})
	}
	sim.At(5, "tick", func(s *Sim) {
		s.At(5, "tick2", nil)
	})
	sim.Run(18)
	fmt.Println(strings.Join(sim.trace, "\n"))
	fmt.Println("served", served, "waiting", len(line), "total wait", wait, sim.stats)
}
