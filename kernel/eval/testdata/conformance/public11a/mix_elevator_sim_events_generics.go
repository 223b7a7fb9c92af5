package main

import (
	"fmt"
	"slices"
	"strings"
)

type Dir int8

const (
	Idle Dir = iota
	Up
	Down
)

func (d Dir) String() string {
	switch d {
	case Up:
		return "↑"
	case Down:
		return "↓"
	}
	return "·"
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Del(v T)      { delete(s, v) }
func (s Set[T]) Sorted(cmp func(a, b T) int) []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	slices.SortFunc(out, cmp)
	return out
}

type Elevator struct {
	Floor, Min, Max int
	Dir             Dir
	Stops           Set[int]
	Log             []string
}

type Event interface{ apply(e *Elevator) }

type Call struct{ Floor int }
type Tick struct{}

func (c Call) apply(e *Elevator) {
	if c.Floor < e.Min || c.Floor > e.Max {
		e.Log = append(e.Log, fmt.Sprintf("ignore call %d", c.Floor))
		return
	}
	e.Stops.Add(c.Floor)
}

func (Tick) apply(e *Elevator) {
	if len(e.Stops) == 0 {
		e.Dir = Idle
		return
	}
	if e.Stops.Has(e.Floor) {
		e.Stops.Del(e.Floor)
		e.Log = append(e.Log, fmt.Sprintf("open@%d", e.Floor))
		return
	}
	above, below := false, false
	for f := range e.Stops {
		above = above || f > e.Floor
		below = below || f < e.Floor
	}
	switch {
	case e.Dir == Up && above, e.Dir != Down && above && !below:
		e.Dir = Up
	case below:
		e.Dir = Down
	default:
		e.Dir = Up
	}
	if e.Dir == Up {
		e.Floor++
	} else {
		e.Floor--
	}
}

func (e *Elevator) String() string {
	stops := e.Stops.Sorted(func(a, b int) int { return a - b })
	return fmt.Sprintf("floor=%d dir=%v stops=%v", e.Floor, e.Dir, stops)
}

func main() {
	e := &Elevator{Floor: 0, Min: 0, Max: 9, Stops: Set[int]{}}
	script := []Event{Call{5}, Call{2}, Tick{}, Tick{}, Call{12}, Tick{}, Tick{}, Call{1}, Tick{}, Tick{}, Tick{}, Tick{}, Tick{}, Tick{}, Tick{}, Tick{}, Tick{}, Tick{}}
	for i, ev := range script {
		ev.apply(e)
		fmt.Printf("%2d %-8T %v\n", i, ev, e)
	}
	fmt.Println(strings.Join(e.Log, ", "))
}
