package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	At   int
	Seq  int
	Kind string
	Data int
}

type EventQ []Event

func (q EventQ) Len() int { return len(q) }
func (q EventQ) Less(i, j int) bool {
	if q[i].At != q[j].At {
		return q[i].At < q[j].At
	}
	return q[i].Seq < q[j].Seq
}
func (q EventQ) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *EventQ) Push(x any)   { *q = append(*q, x.(Event)) }
func (q *EventQ) Pop() any {
	o := *q
	e := o[len(o)-1]
	*q = o[:len(o)-1]
	return e
}

type Elevator struct {
	Floor    int
	Dir      int
	Requests map[int]bool
	Moves    int
	Log      []string
}

func (e *Elevator) next() int {
	if len(e.Requests) == 0 {
		return e.Floor
	}
	var floors []int
	for f := range e.Requests {
		floors = append(floors, f)
	}
	sort.Ints(floors)
	if e.Dir >= 0 {
		for _, f := range floors {
			if f >= e.Floor {
				return f
			}
		}
		e.Dir = -1
	}
	for i := len(floors) - 1; i >= 0; i-- {
		if floors[i] <= e.Floor {
			return floors[i]
		}
	}
	e.Dir = 1
	return floors[0]
}

func main() {
	q := &EventQ{}
	seq := 0
	push := func(at int, kind string, data int) {
		seq++
		heap.Push(q, Event{at, seq, kind, data})
	}
	for _, r := range [][2]int{{0, 5}, {1, 2}, {2, 8}, {3, 1}, {10, 3}, {11, 7}, {11, 7}} {
		push(r[0], "call", r[1])
	}
	push(0, "tick", 0)
	el := &Elevator{Requests: map[int]bool{}, Dir: 1}
	for q.Len() > 0 {
		ev := heap.Pop(q).(Event)
		switch ev.Kind {
		case "call":
			if el.Requests[ev.Data] {
				el.Log = append(el.Log, fmt.Sprintf("t=%d dup call %d", ev.At, ev.Data))
			}
			el.Requests[ev.Data] = true
		case "tick":
			target := el.next()
			switch {
			case target > el.Floor:
				el.Floor++
				el.Moves++
			case target < el.Floor:
				el.Floor--
				el.Moves++
			}
			if el.Requests[el.Floor] {
				delete(el.Requests, el.Floor)
				el.Log = append(el.Log, fmt.Sprintf("t=%d stop %d", ev.At, el.Floor))
			}
			if len(el.Requests) > 0 || q.Len() > 0 {
				push(ev.At+1, "tick", 0)
			}
		}
		if ev.At > 100 {
			break
		}
	}
	fmt.Println(strings.Join(el.Log, "\n"))
	fmt.Println("moves", el.Moves, "floor", el.Floor)
}
