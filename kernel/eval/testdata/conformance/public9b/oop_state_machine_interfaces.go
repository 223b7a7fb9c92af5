package main

import (
	"errors"
	"fmt"
	"strings"
)

type State interface {
	Name() string
	Insert(m *Machine, cents int) (State, error)
	Select(m *Machine, item string) (State, error)
}

type Idle struct{}
type HasMoney struct{ credit int }
type Vending struct{ item string }

var ErrInvalid = errors.New("invalid action")

func (Idle) Name() string { return "idle" }
func (Idle) Insert(m *Machine, c int) (State, error) {
	return HasMoney{c}, nil
}
func (Idle) Select(m *Machine, item string) (State, error) {
	return nil, fmt.Errorf("select %s while idle: %w", item, ErrInvalid)
}

func (h HasMoney) Name() string { return fmt.Sprintf("credit(%d)", h.credit) }
func (h HasMoney) Insert(m *Machine, c int) (State, error) {
	h.credit += c
	return h, nil
}
func (h HasMoney) Select(m *Machine, item string) (State, error) {
	price, ok := m.prices[item]
	if !ok {
		return h, fmt.Errorf("no item %q", item)
	}
	if price > h.credit {
		return h, fmt.Errorf("%s costs %d, credit %d", item, price, h.credit)
	}
	m.change += h.credit - price
	m.sold = append(m.sold, item)
	return &Vending{item}, nil
}

func (v *Vending) Name() string { return "vending " + v.item }
func (v *Vending) Insert(m *Machine, c int) (State, error) {
	return v, ErrInvalid
}
func (v *Vending) Select(m *Machine, item string) (State, error) { return v, ErrInvalid }

type Machine struct {
	state  State
	prices map[string]int
	change int
	sold   []string
	trace  []string
}

func (m *Machine) do(desc string, f func(State) (State, error)) {
	next, err := f(m.state)
	if err != nil {
		m.trace = append(m.trace, fmt.Sprintf("%-10s %-12s ! %v", desc, m.state.Name(), err))
		return
	}
	m.trace = append(m.trace, fmt.Sprintf("%-10s %-12s -> %s", desc, m.state.Name(), next.Name()))
	m.state = next
	if _, ok := next.(*Vending); ok {
		m.state = Idle{}
	}
}

func main() {
	m := &Machine{state: Idle{}, prices: map[string]int{"cola": 150, "chips": 100}}
	m.do("select", func(s State) (State, error) { return s.Select(m, "cola") })
	m.do("insert", func(s State) (State, error) { return s.Insert(m, 100) })
	m.do("select", func(s State) (State, error) { return s.Select(m, "cola") })
	m.do("select", func(s State) (State, error) { return s.Select(m, "water") })
	m.do("insert", func(s State) (State, error) { return s.Insert(m, 100) })
	m.do("select", func(s State) (State, error) { return s.Select(m, "cola") })
	m.do("insert", func(s State) (State, error) { return s.Insert(m, 25) })
	m.do("select", func(s State) (State, error) { return s.Select(m, "chips") })
	fmt.Println(strings.Join(m.trace, "\n"))
	fmt.Println(m.sold, m.change, m.state.Name())
	_, err := (&Vending{}).Insert(m, 1)
	fmt.Println(errors.Is(err, ErrInvalid))
}
