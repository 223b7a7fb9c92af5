package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type State int

const (
	Idle State = iota
	HasMoney
	Dispensing
	OutOfService
)

var stateNames = map[State]string{Idle: "Idle", HasMoney: "HasMoney", Dispensing: "Dispensing", OutOfService: "OutOfService"}

func (s State) String() string { return stateNames[s] }

type Product struct {
	Name  string
	Price int
	Stock int
}

type Machine struct {
	state    State
	credit   int
	products map[string]*Product
	sales    map[string]int
	bank     int
}

var ErrUnknown = errors.New("unknown product")

type StateError struct {
	Op    string
	State State
}

func (e *StateError) Error() string { return fmt.Sprintf("cannot %s while %v", e.Op, e.State) }

func (m *Machine) Insert(c int) error {
	if m.state == OutOfService || m.state == Dispensing {
		return &StateError{"insert", m.state}
	}
	switch c {
	case 5, 10, 25, 100:
	default:
		return fmt.Errorf("coin %d rejected", c)
	}
	m.credit += c
	m.state = HasMoney
	return nil
}

func (m *Machine) Select(code string) (change []int, err error) {
	if m.state != HasMoney {
		return nil, &StateError{"select", m.state}
	}
	p, ok := m.products[code]
	if !ok {
		return nil, fmt.Errorf("select %q: %w", code, ErrUnknown)
	}
	if p.Stock == 0 {
		return nil, fmt.Errorf("%s sold out", p.Name)
	}
	if m.credit < p.Price {
		return nil, fmt.Errorf("%s costs %d, credit %d", p.Name, p.Price, m.credit)
	}
	m.state = Dispensing
	defer func() { m.state = Idle }()
	p.Stock--
	m.sales[p.Name]++
	m.bank += p.Price
	rest := m.credit - p.Price
	m.credit = 0
	for _, c := range []int{100, 25, 10, 5} {
		for rest >= c {
			change = append(change, c)
			rest -= c
		}
	}
	return change, nil
}

func (m *Machine) Refund() int {
	c := m.credit
	m.credit = 0
	if m.state == HasMoney {
		m.state = Idle
	}
	return c
}

func main() {
	m := &Machine{products: map[string]*Product{
		"A1": {"Cola", 125, 2},
		"B2": {"Chips", 65, 1},
	}, sales: map[string]int{}}
	script := []string{"select A1", "insert 100", "insert 3", "select Z9", "insert 25", "insert 25", "select A1",
		"insert 100", "select B2", "insert 100", "select B2", "refund", "insert 100", "insert 25", "select A1", "insert 100", "insert 25", "select A1"}
	for _, line := range script {
		f := strings.Fields(line)
		var err error
		switch f[0] {
		case "insert":
			var c int
			fmt.Sscan(f[1], &c)
			err = m.Insert(c)
		case "select":
			var ch []int
			ch, err = m.Select(f[1])
			if err == nil {
				fmt.Printf("%-12s -> dispensed, change %v\n", line, ch)
				continue
			}
		case "refund":
			fmt.Printf("%-12s -> %d back\n", line, m.Refund())
			continue
		}
		var se *StateError
		switch {
		case err == nil:
			fmt.Printf("%-12s -> credit %d (%v)\n", line, m.credit, m.state)
		case errors.As(err, &se):
			fmt.Printf("%-12s -> state error: %v\n", line, se)
		case errors.Is(err, ErrUnknown):
			fmt.Printf("%-12s -> unknown: %v\n", line, err)
		default:
			fmt.Printf("%-12s -> %v\n", line, err)
		}
	}
	names := make([]string, 0)
	for n := range m.sales {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, m.sales[n])
	}
	fmt.Println("bank", m.bank, "state", m.state)
}
