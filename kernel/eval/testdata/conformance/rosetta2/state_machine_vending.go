package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Idle State = iota
	HasCoin
	Dispensing
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasCoin:
		return "HasCoin"
	case Dispensing:
		return "Dispensing"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

var ErrBadTransition = errors.New("bad transition")

type Machine struct {
	state State
	stock int
	log   []string
}

var transitions = map[State]map[Event]State{
	Idle:       {"coin": HasCoin},
	HasCoin:    {"push": Dispensing, "refund": Idle},
	Dispensing: {"done": Idle},
}

func (m *Machine) Fire(e Event) error {
	next, ok := transitions[m.state][e]
	if !ok {
		return fmt.Errorf("%v on %q: %w", m.state, e, ErrBadTransition)
	}
	if next == Dispensing {
		if m.stock == 0 {
			return errors.New("sold out")
		}
		m.stock--
	}
	m.log = append(m.log, fmt.Sprintf("%v -%s-> %v", m.state, e, next))
	m.state = next
	return nil
}

func main() {
	m := &Machine{stock: 1}
	for _, e := range []Event{"push", "coin", "push", "done", "coin", "push", "refund", "done"} {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrBadTransition))
		}
	}
	for _, l := range m.log {
		fmt.Println(l)
	}
	fmt.Println(m.state, State(9))
}
