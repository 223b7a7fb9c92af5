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
	floor    int
	dir      Dir
	stops    map[int]bool
	doorOpen bool
	log      []string
}

func (e *Elevator) Call(f int) {
	if f == e.floor && e.dir == Idle {
		e.log = append(e.log, fmt.Sprintf("open at %d", f))
		return
	}
	e.stops[f] = true
}

func (e *Elevator) pending(above bool) bool {
	for f := range e.stops {
		if above && f > e.floor || !above && f < e.floor {
			return true
		}
	}
	return false
}

func (e *Elevator) Step() {
	if e.stops[e.floor] {
		delete(e.stops, e.floor)
		e.log = append(e.log, fmt.Sprintf("stop %d (%v)", e.floor, e.dir))
		return
	}
	switch e.dir {
	case Idle:
		switch {
		case e.pending(true):
			e.dir = Up
		case e.pending(false):
			e.dir = Down
		default:
			return
		}
	case Up:
		if !e.pending(true) {
			if e.pending(false) {
				e.dir = Down
			} else {
				e.dir = Idle
				return
			}
		}
	case Down:
		if !e.pending(false) {
			if e.pending(true) {
				e.dir = Up
			} else {
				e.dir = Idle
				return
			}
		}
	}
	if e.dir == Up {
		e.floor++
	} else if e.dir == Down {
		e.floor--
	}
}

func main() {
	e := &Elevator{stops: map[int]bool{}}
	calls := map[int][]int{0: {5, 2}, 3: {1}, 6: {8}, 12: {0}, 20: {0}}
	var trace []string
	for t := 0; t < 30; t++ {
		for _, f := range calls[t] {
			e.Call(f)
		}
		e.Step()
		trace = append(trace, fmt.Sprintf("%d%c", e.floor, e.dir.String()[0]))
	}
	fmt.Println(strings.Join(trace, " "))
	fmt.Println(strings.Join(e.log, "; "))
	keys := []int{}
	for k := range e.stops {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(e.floor, e.dir, keys)
}
