package main

import (
	"fmt"
	"slices"
)

type Dir int

const (
	Idle Dir = iota
	Up
	Down
)

func (d Dir) String() string { return [...]string{"idle", "up", "down"}[d] }

type Elevator struct {
	Floor int
	Dir   Dir
	Stops map[int]bool
	Log   []string
	Moves int
}

func (e *Elevator) Call(f int) { e.Stops[f] = true }

func (e *Elevator) pending(pred func(int) bool) bool {
	for f := range e.Stops {
		if pred(f) {
			return true
		}
	}
	return false
}

func (e *Elevator) Step() bool {
	if e.Stops[e.Floor] {
		delete(e.Stops, e.Floor)
		e.Log = append(e.Log, fmt.Sprintf("open@%d", e.Floor))
		return true
	}
	above := e.pending(func(f int) bool { return f > e.Floor })
	below := e.pending(func(f int) bool { return f < e.Floor })
	switch {
	case e.Dir == Up && above, e.Dir != Down && above && !below:
		e.Dir = Up
	case below:
		e.Dir = Down
	case above:
		e.Dir = Up
	default:
		e.Dir = Idle
		return false
	}
	if e.Dir == Up {
		e.Floor++
	} else {
		e.Floor--
	}
	e.Moves++
	return true
}

func main() {
	e := &Elevator{Stops: map[int]bool{}}
	e.Call(5)
	e.Call(2)
	requests := map[int][]int{3: {1}, 6: {8, 0}}
	for tick := 0; tick < 40; tick++ {
		for _, f := range requests[tick] {
			e.Call(f)
		}
		if !e.Step() && tick > 6 {
			break
		}
	}
	fmt.Println(e.Log)
	fmt.Println("moves", e.Moves, "at", e.Floor, e.Dir)
	floors := []int{}
	for _, l := range e.Log {
		var f int
		fmt.Sscanf(l, "open@%d", &f)
		floors = append(floors, f)
	}
	fmt.Println(slices.Sorted(slices.Values(floors)))
}
