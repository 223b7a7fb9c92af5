package main

import (
	"errors"
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	HasMoney
	Dispensing
	OutOfStock
)

var stateNames = map[State]string{Idle: "Idle", HasMoney: "HasMoney", Dispensing: "Dispensing", OutOfStock: "OutOfStock"}

func (s State) String() string { return stateNames[s] }

type Event string

var (
	ErrInvalid   = errors.New("invalid transition")
	ErrNotEnough = errors.New("not enough money")
)

type Machine struct {
	state   State
	credit  int
	price   int
	stock   int
	history []string
}

type transition func(m *Machine, arg int) (State, error)

var table = map[State]map[Event]transition{
	Idle: {
		"coin": func(m *Machine, c int) (State, error) { m.credit += c; return HasMoney, nil },
	},
	HasMoney: {
		"coin": func(m *Machine, c int) (State, error) { m.credit += c; return HasMoney, nil },
		"select": func(m *Machine, _ int) (State, error) {
			if m.credit < m.price {
				return HasMoney, fmt.Errorf("need %d more: %w", m.price-m.credit, ErrNotEnough)
			}
			m.credit -= m.price
			m.stock--
			return Dispensing, nil
		},
		"refund": func(m *Machine, _ int) (State, error) { m.credit = 0; return Idle, nil },
	},
	Dispensing: {
		"take": func(m *Machine, _ int) (State, error) {
			if m.stock == 0 {
				return OutOfStock, nil
			}
			if m.credit > 0 {
				return HasMoney, nil
			}
			return Idle, nil
		},
	},
	OutOfStock: {
		"restock": func(m *Machine, n int) (State, error) { m.stock += n; return Idle, nil },
	},
}

func (m *Machine) Fire(e Event, arg int) error {
	t, ok := table[m.state][e]
	if !ok {
		return fmt.Errorf("%v on %q: %w", m.state, e, ErrInvalid)
	}
	next, err := t(m, arg)
	m.history = append(m.history, fmt.Sprintf("%v-%s->%v", m.state, e, next))
	m.state = next
	return err
}

func main() {
	m := &Machine{price: 75, stock: 2}
	steps := []struct {
		e   Event
		arg int
	}{
		{"select", 0}, {"coin", 50}, {"select", 0}, {"coin", 50}, {"select", 0}, {"take", 0},
		{"select", 0}, {"coin", 100}, {"select", 0}, {"take", 0}, {"coin", 5}, {"restock", 3}, {"coin", 25},
	}
	for _, s := range steps {
		err := m.Fire(s.e, s.arg)
		fmt.Printf("%-8s %-4d -> %-10v credit=%-3d stock=%d", s.e, s.arg, m.state, m.credit, m.stock)
		switch {
		case errors.Is(err, ErrInvalid):
			fmt.Print("  invalid")
		case errors.Is(err, ErrNotEnough):
			fmt.Print("  ", err)
		}
		fmt.Println()
	}
	fmt.Println(strings.Join(m.history, " "))
}
