package main

import (
	"errors"
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	HasCoin
	Vending
	OutOfStock
)

func (s State) String() string {
	return [...]string{"Idle", "HasCoin", "Vending", "OutOfStock"}[s]
}

type Event string

type Machine struct {
	state   State
	stock   map[string]int
	credit  int
	prices  map[string]int
	log     []string
	handler map[State]func(*Machine, Event, string) error
}

var ErrInvalid = errors.New("invalid transition")

type TransitionError struct {
	From  State
	Event Event
}

func (e TransitionError) Error() string        { return fmt.Sprintf("%v cannot handle %q", e.From, e.Event) }
func (e TransitionError) Is(target error) bool { return target == ErrInvalid }

func NewMachine() *Machine {
	m := &Machine{stock: map[string]int{"cola": 1, "chips": 2}, prices: map[string]int{"cola": 150, "chips": 100}}
	m.handler = map[State]func(*Machine, Event, string) error{
		Idle: func(m *Machine, e Event, arg string) error {
			if e != "coin" {
				return TransitionError{m.state, e}
			}
			m.credit += 100
			m.state = HasCoin
			return nil
		},
		HasCoin: func(m *Machine, e Event, arg string) error {
			switch e {
			case "coin":
				m.credit += 100
			case "select":
				p, ok := m.prices[arg]
				if !ok {
					return fmt.Errorf("unknown item %q", arg)
				}
				if m.credit < p {
					return fmt.Errorf("need %d more for %s", p-m.credit, arg)
				}
				if m.stock[arg] == 0 {
					return fmt.Errorf("%s: %w", arg, ErrInvalid)
				}
				m.stock[arg]--
				m.credit -= p
				m.state = Vending
			case "refund":
				m.log = append(m.log, fmt.Sprintf("refund %d", m.credit))
				m.credit = 0
				m.state = Idle
			default:
				return TransitionError{m.state, e}
			}
			return nil
		},
		Vending: func(m *Machine, e Event, arg string) error {
			if e != "take" {
				return TransitionError{m.state, e}
			}
			total := 0
			for _, n := range m.stock {
				total += n
			}
			switch {
			case total == 0:
				m.state = OutOfStock
			case m.credit > 0:
				m.state = HasCoin
			default:
				m.state = Idle
			}
			return nil
		},
		OutOfStock: func(m *Machine, e Event, arg string) error { return TransitionError{m.state, e} },
	}
	return m
}

func (m *Machine) Fire(cmd string) {
	ev, arg, _ := strings.Cut(cmd, " ")
	before := m.state
	err := m.handler[m.state](m, Event(ev), arg)
	m.log = append(m.log, fmt.Sprintf("%-8s %-14s -> %-10v credit=%d err=%v", before, cmd, m.state, m.credit, err))
	if errors.Is(err, ErrInvalid) {
		m.log = append(m.log, "   (invalid)")
	}
}

func main() {
	m := NewMachine()
	for _, c := range []string{"select cola", "coin", "select cola", "coin", "select cola", "take", "coin", "select cola", "select chips", "take", "refund", "coin", "coin", "select chips", "take", "coin"} {
		m.Fire(c)
	}
	fmt.Println(strings.Join(m.log, "\n"))
	fmt.Println(m.state, m.stock, m.credit)
}
