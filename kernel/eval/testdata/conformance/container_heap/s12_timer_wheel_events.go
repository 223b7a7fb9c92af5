package main

import (
	"container/heap"
	"fmt"
)

type Action interface{ Run(now int) string }

type Print string

func (p Print) Run(now int) string { return fmt.Sprintf("@%d print %s", now, string(p)) }

type Repeat struct {
	Every, Left int
	Msg         string
}

func (r *Repeat) Run(now int) string {
	r.Left--
	return fmt.Sprintf("@%d repeat %s (%d left)", now, r.Msg, r.Left)
}

type Timer struct {
	At    int
	Seq   int
	Do    Action
	index int
}

type Timers []*Timer

func (t Timers) Len() int { return len(t) }
func (t Timers) Less(i, j int) bool {
	if t[i].At != t[j].At {
		return t[i].At < t[j].At
	}
	return t[i].Seq < t[j].Seq
}
func (t Timers) Swap(i, j int) {
	t[i], t[j] = t[j], t[i]
	t[i].index, t[j].index = i, j
}
func (t *Timers) Push(x any) { tm := x.(*Timer); tm.index = len(*t); *t = append(*t, tm) }
func (t *Timers) Pop() any {
	o := *t
	tm := o[len(o)-1]
	tm.index = -1
	*t = o[:len(o)-1]
	return tm
}

func main() {
	var q Timers
	seq := 0
	add := func(at int, a Action) *Timer {
		seq++
		t := &Timer{At: at, Seq: seq, Do: a}
		heap.Push(&q, t)
		return t
	}
	add(5, Print("five"))
	rep := &Repeat{Every: 3, Left: 3, Msg: "tick"}
	add(3, rep)
	cancelMe := add(4, Print("cancelled"))
	late := add(20, Print("late"))
	heap.Remove(&q, cancelMe.index)
	late.At = 1
	heap.Fix(&q, late.index)
	for q.Len() > 0 {
		t := heap.Pop(&q).(*Timer)
		fmt.Println(t.Do.Run(t.At), t.index)
		if r, ok := t.Do.(*Repeat); ok && r.Left > 0 {
			add(t.At+r.Every, r)
		}
	}
}
