package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Idle State = iota
	Selecting
	Paying
	Dispensing
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Selecting:
		return "Selecting"
	case Paying:
		return "Paying"
	case Dispensing:
		return "Dispensing"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

var ErrBadTransition = errors.New("bad transition")

type Machine struct {
	state   State
	credit  int
	price   int
	history []State
}

var transitions = map[State]map[Event]State{
	Idle:       {"select": Selecting},
	Selecting:  {"pay": Paying, "cancel": Idle},
	Paying:     {"pay": Paying, "done": Dispensing, "cancel": Idle},
	Dispensing: {"take": Idle},
}

func (m *Machine) Fire(e Event, amount int) error {
	next, ok := transitions[m.state][e]
	if !ok {
		return fmt.Errorf("%w: %v --%s-->", ErrBadTransition, m.state, e)
	}
	if e == "pay" {
		m.credit += amount
		if m.credit >= m.price {
			next = Dispensing
		}
	}
	if next == Idle && e == "cancel" {
		m.credit = 0
	}
	m.history = append(m.history, m.state)
	m.state = next
	return nil
}

func main() {
	m := &Machine{price: 150}
	steps := []struct {
		e Event
		n int
	}{{"pay", 1}, {"select", 0}, {"pay", 100}, {"pay", 25}, {"pay", 50}, {"take", 0}, {"take", 0}}
	for _, s := range steps {
		if err := m.Fire(s.e, s.n); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrBadTransition))
			continue
		}
		fmt.Printf("%-6s -> %-10v credit=%d\n", s.e, m.state, m.credit)
	}
	fmt.Println(m.history, State(9))
}
