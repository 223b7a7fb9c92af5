package main

import (
	"fmt"
	"slices"
	"strings"
)

type Dir int

const (
	Idle Dir = iota
	Up
	Down
)

func (d Dir) String() string { return [...]string{"idle", "up", "down"}[d] }

type Elevator struct {
	Floor    int
	Dir      Dir
	Doors    bool
	requests map[int]bool
	log      []string
	min, max int
}

func NewElevator(min, max int) *Elevator {
	return &Elevator{min: min, max: max, requests: map[int]bool{}}
}

func (e *Elevator) Call(floor int) error {
	if floor < e.min || floor > e.max {
		return fmt.Errorf("floor %d out of range [%d,%d]", floor, e.min, e.max)
	}
	e.requests[floor] = true
	return nil
}

func (e *Elevator) pending(pred func(int) bool) bool {
	for f := range e.requests {
		if pred(f) {
			return true
		}
	}
	return false
}

func (e *Elevator) Step() bool {
	if e.Doors {
		e.Doors = false
		e.log = append(e.log, fmt.Sprintf("close@%d", e.Floor))
		return true
	}
	if e.requests[e.Floor] {
		delete(e.requests, e.Floor)
		e.Doors = true
		e.log = append(e.log, fmt.Sprintf("open@%d", e.Floor))
		return true
	}
	above := e.pending(func(f int) bool { return f > e.Floor })
	below := e.pending(func(f int) bool { return f < e.Floor })
	switch {
	case e.Dir == Up && above, e.Dir != Down && above && !below:
		e.Dir = Up
	case e.Dir == Down && below, below:
		e.Dir = Down
	case above:
		e.Dir = Up
	default:
		if e.Dir != Idle {
			e.log = append(e.log, "idle")
		}
		e.Dir = Idle
		return false
	}
	if e.Dir == Up {
		e.Floor++
	} else {
		e.Floor--
	}
	return true
}

func main() {
	e := NewElevator(-1, 9)
	for _, f := range []int{5, 2, 12, 8} {
		if err := e.Call(f); err != nil {
			fmt.Println("error:", err)
		}
	}
	steps := 0
	for e.Step() {
		steps++
		if steps == 6 {
			e.Call(-1)
			e.Call(3)
		}
	}
	fmt.Println("steps:", steps, "floor:", e.Floor, "dir:", e.Dir)
	fmt.Println(strings.Join(e.log, " "))
	opens := slices.DeleteFunc(slices.Clone(e.log), func(s string) bool { return !strings.HasPrefix(s, "open") })
	fmt.Println(opens, len(e.requests))
}
