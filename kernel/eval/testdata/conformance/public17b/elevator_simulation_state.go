package main

import (
	"fmt"
	"sort"
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
	Stops    map[int]bool
	Log      []string
	Moved    int
	MinFloor int
	MaxFloor int
}

func NewElevator(min, max int) *Elevator {
	return &Elevator{Stops: map[int]bool{}, MinFloor: min, MaxFloor: max}
}

func (e *Elevator) Request(f int) error {
	if f < e.MinFloor || f > e.MaxFloor {
		return fmt.Errorf("floor %d out of range [%d,%d]", f, e.MinFloor, e.MaxFloor)
	}
	if f != e.Floor {
		e.Stops[f] = true
	}
	return nil
}

func (e *Elevator) pending(pred func(int) bool) bool {
	for f := range e.Stops {
		if pred(f) {
			return true
		}
	}
	return false
}

func (e *Elevator) Step() bool {
	if len(e.Stops) == 0 {
		e.Dir = Idle
		return false
	}
	above := e.pending(func(f int) bool { return f > e.Floor })
	below := e.pending(func(f int) bool { return f < e.Floor })
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
	e.Moved++
	if e.Stops[e.Floor] {
		delete(e.Stops, e.Floor)
		e.Log = append(e.Log, fmt.Sprintf("stop@%d(%v)", e.Floor, e.Dir))
	}
	return true
}

func (e *Elevator) String() string {
	var fs []int
	for f := range e.Stops {
		fs = append(fs, f)
	}
	sort.Ints(fs)
	return fmt.Sprintf("floor=%d dir=%v pending=%v", e.Floor, e.Dir, fs)
}

func main() {
	e := NewElevator(0, 9)
	for _, f := range []int{5, 2, 8, 12} {
		if err := e.Request(f); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(e)
	for i := 0; e.Step(); i++ {
		if i == 3 {
			e.Request(1)
			fmt.Println("new request at step 3:", e)
		}
	}
	fmt.Println(strings.Join(e.Log, " "))
	fmt.Println(e, "moved", e.Moved)
}
