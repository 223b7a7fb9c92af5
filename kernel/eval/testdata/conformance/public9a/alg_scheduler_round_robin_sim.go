package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type Proc struct {
	PID      int
	Name     string
	Arrive   int
	Burst    int
	Priority int
	left     int
	finish   int
	firstRun int
}

type readyQ []*Proc

func (q readyQ) Len() int { return len(q) }
func (q readyQ) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority < q[j].Priority
	}
	return q[i].PID < q[j].PID
}
func (q readyQ) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *readyQ) Push(x any)   { *q = append(*q, x.(*Proc)) }
func (q *readyQ) Pop() any {
	o := *q
	p := o[len(o)-1]
	*q = o[:len(o)-1]
	return p
}

func clone(ps []Proc) []*Proc {
	out := make([]*Proc, len(ps))
	for i := range ps {
		p := ps[i]
		p.left = p.Burst
		p.firstRun = -1
		out[i] = &p
	}
	return out
}

func roundRobin(ps []Proc, quantum int) ([]*Proc, string) {
	procs := clone(ps)
	sort.SliceStable(procs, func(i, j int) bool { return procs[i].Arrive < procs[j].Arrive })
	var queue []*Proc
	var gantt strings.Builder
	t, next := 0, 0
	admit := func() {
		for next < len(procs) && procs[next].Arrive <= t {
			queue = append(queue, procs[next])
			next++
		}
	}
	admit()
	for len(queue) > 0 || next < len(procs) {
		if len(queue) == 0 {
			t = procs[next].Arrive
			admit()
			continue
		}
		p := queue[0]
		queue = queue[1:]
		if p.firstRun < 0 {
			p.firstRun = t
		}
		run := min(quantum, p.left)
		fmt.Fprintf(&gantt, "|%d %s %d", t, p.Name, t+run)
		t += run
		p.left -= run
		admit()
		if p.left > 0 {
			queue = append(queue, p)
		} else {
			p.finish = t
		}
	}
	return procs, gantt.String() + "|"
}

func priorityPreemptive(ps []Proc) []*Proc {
	procs := clone(ps)
	q := &readyQ{}
	t, done, next := 0, 0, 0
	sort.SliceStable(procs, func(i, j int) bool { return procs[i].Arrive < procs[j].Arrive })
	for done < len(procs) {
		for next < len(procs) && procs[next].Arrive <= t {
			heap.Push(q, procs[next])
			next++
		}
		if q.Len() == 0 {
			t = procs[next].Arrive
			continue
		}
		p := heap.Pop(q).(*Proc)
		if p.firstRun < 0 {
			p.firstRun = t
		}
		p.left--
		t++
		if p.left == 0 {
			p.finish = t
			done++
		} else {
			heap.Push(q, p)
		}
	}
	return procs
}

func report(ps []*Proc) {
	sort.Slice(ps, func(i, j int) bool { return ps[i].PID < ps[j].PID })
	var tw, tt float64
	for _, p := range ps {
		turn := p.finish - p.Arrive
		wait := turn - p.Burst
		tw += float64(wait)
		tt += float64(turn)
		fmt.Printf("  %-3s finish=%-3d turnaround=%-3d wait=%-3d response=%d\n", p.Name, p.finish, turn, wait, p.firstRun-p.Arrive)
	}
	fmt.Printf("  avg wait %.2f avg turnaround %.2f\n", tw/float64(len(ps)), tt/float64(len(ps)))
}

func main() {
	ps := []Proc{{1, "P1", 0, 5, 3, 0, 0, 0}, {2, "P2", 1, 3, 1, 0, 0, 0}, {3, "P3", 2, 8, 4, 0, 0, 0}, {4, "P4", 3, 6, 2, 0, 0, 0}, {5, "P5", 20, 2, 1, 0, 0, 0}}
	rr, g := roundRobin(ps, 2)
	fmt.Println("round robin q=2", g)
	report(rr)
	fmt.Println("priority preemptive")
	report(priorityPreemptive(ps))
	fmt.Println(ps[0].left, ps[0].finish)
}
