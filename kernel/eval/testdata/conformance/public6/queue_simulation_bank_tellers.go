package main

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
)

type EventKind int

const (
	Arrive EventKind = iota
	Depart
)

type Event struct {
	At       float64
	Kind     EventKind
	Customer int
	Teller   int
}

type Events []Event

func (e Events) Len() int { return len(e) }
func (e Events) Less(i, j int) bool {
	if e[i].At != e[j].At {
		return e[i].At < e[j].At
	}
	return e[i].Customer < e[j].Customer
}
func (e Events) Swap(i, j int) { e[i], e[j] = e[j], e[i] }
func (e *Events) Push(x any)   { *e = append(*e, x.(Event)) }
func (e *Events) Pop() any {
	old := *e
	v := old[len(old)-1]
	*e = old[:len(old)-1]
	return v
}

func simulate(tellers, customers int, seed uint64) (avgWait, maxQueue float64, served int) {
	rng := rand.New(rand.NewPCG(seed, seed*7+1))
	ev := &Events{}
	t := 0.0
	for c := range customers {
		t += rng.ExpFloat64() * 2
		heap.Push(ev, Event{At: t, Kind: Arrive, Customer: c})
	}
	free := make([]bool, tellers)
	for i := range free {
		free[i] = true
	}
	var queue []Event
	arrived := map[int]float64{}
	totalWait := 0.0
	maxQ := 0
	start := func(e Event, now float64, teller int) {
		free[teller] = false
		totalWait += now - arrived[e.Customer]
		heap.Push(ev, Event{At: now + 1 + rng.Float64()*4, Kind: Depart, Customer: e.Customer, Teller: teller})
	}
	for ev.Len() > 0 {
		e := heap.Pop(ev).(Event)
		switch e.Kind {
		case Arrive:
			arrived[e.Customer] = e.At
			placed := false
			for i, f := range free {
				if f {
					start(e, e.At, i)
					placed = true
					break
				}
			}
			if !placed {
				queue = append(queue, e)
				maxQ = max(maxQ, len(queue))
			}
		case Depart:
			served++
			free[e.Teller] = true
			if len(queue) > 0 {
				next := queue[0]
				queue = queue[1:]
				start(next, e.At, e.Teller)
			}
		}
	}
	return totalWait / float64(customers), float64(maxQ), served
}

func main() {
	for _, tellers := range []int{1, 2, 3} {
		w, q, s := simulate(tellers, 200, 7)
		fmt.Printf("tellers=%d avg wait=%.3f max queue=%.0f served=%d\n", tellers, w, q, s)
	}
}
