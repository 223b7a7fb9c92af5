package main

import (
	"fmt"
	"strings"
)

// A state machine whose current state, history and transitions table are
// held in fields of interface types: states are values of several types,
// compared, stored in maps keyed by the interface and swapped in place.

type State interface {
	Name() string
	Next(input rune) State
}

type Idle struct{}
type Running struct{ Steps int }
type Done struct{ Reason string }

func (Idle) Name() string { return "idle" }
func (Idle) Next(r rune) State {
	if r == 's' {
		return Running{}
	}
	return Idle{}
}

func (r Running) Name() string { return fmt.Sprintf("running(%d)", r.Steps) }
func (r Running) Next(c rune) State {
	switch c {
	case 't':
		return Running{r.Steps + 1}
	case 'q':
		return Done{"quit"}
	}
	return r
}

func (d Done) Name() string    { return "done: " + d.Reason }
func (d Done) Next(rune) State { return d }

type Machine struct {
	Current State
	History []State
	Visits  map[State]int
	Hooks   map[string]func(from, to State)
}

func (m *Machine) Feed(input string) {
	for _, r := range input {
		prev := m.Current
		m.Current = m.Current.Next(r)
		if m.Current != prev {
			m.History = append(m.History, m.Current)
			if h := m.Hooks[m.Current.Name()]; h != nil {
				h(prev, m.Current)
			}
		}
		m.Visits[m.Current]++
	}
}

func main() {
	m := &Machine{Current: Idle{}, Visits: map[State]int{}, Hooks: map[string]func(State, State){}}
	m.Hooks["running(0)"] = func(from, to State) { fmt.Println("started from", from.Name()) }
	m.Hooks["done: quit"] = func(from, to State) { fmt.Println("stopped after", from.(Running).Steps, "steps") }
	m.Feed("xsttxtq")
	var names []string
	for _, s := range m.History {
		names = append(names, s.Name())
	}
	fmt.Println(strings.Join(names, " -> "))
	fmt.Println(m.Visits[Idle{}], m.Visits[Running{2}], m.Visits[Done{"quit"}], len(m.Visits))
	_, done := m.Current.(Done)
	fmt.Println(done, m.Current == State(Done{"quit"}), m.Current != nil)

	// Swap and reset fields of interface type.
	other := Machine{Current: Running{7}}
	m.Current, other.Current = other.Current, m.Current
	fmt.Println(m.Current.Name(), "|", other.Current.Name())
	m.History[0], m.History[len(m.History)-1] = m.History[len(m.History)-1], m.History[0]
	fmt.Println(m.History[0].Name(), m.History[len(m.History)-1].Name())
	m.Current = nil
	fmt.Println(m.Current == nil)
	fmt.Printf("%v\n", other.Current)
}
