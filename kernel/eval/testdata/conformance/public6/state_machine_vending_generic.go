package main

import (
	"errors"
	"fmt"
	"strings"
)

type StateMachine[S comparable, E comparable] struct {
	state       S
	transitions map[S]map[E]S
	onEnter     map[S]func(from S, ev E)
	history     []S
}

var ErrNoTransition = errors.New("no transition")

func NewSM[S, E comparable](initial S) *StateMachine[S, E] {
	return &StateMachine[S, E]{state: initial, transitions: map[S]map[E]S{}, onEnter: map[S]func(S, E){}, history: []S{initial}}
}

func (m *StateMachine[S, E]) Add(from S, ev E, to S) *StateMachine[S, E] {
	if m.transitions[from] == nil {
		m.transitions[from] = map[E]S{}
	}
	m.transitions[from][ev] = to
	return m
}

func (m *StateMachine[S, E]) OnEnter(s S, f func(S, E)) { m.onEnter[s] = f }

func (m *StateMachine[S, E]) Fire(ev E) error {
	to, ok := m.transitions[m.state][ev]
	if !ok {
		return fmt.Errorf("%v --%v--> ?: %w", m.state, ev, ErrNoTransition)
	}
	from := m.state
	m.state = to
	m.history = append(m.history, to)
	if f := m.onEnter[to]; f != nil {
		f(from, ev)
	}
	return nil
}

type Light int

const (
	Red Light = iota
	Green
	Yellow
	Blinking
)

func (l Light) String() string { return [...]string{"Red", "Green", "Yellow", "Blinking"}[l] }

type Signal string

func main() {
	sm := NewSM[Light, Signal](Red)
	sm.Add(Red, "timer", Green).Add(Green, "timer", Yellow).Add(Yellow, "timer", Red)
	for _, s := range []Light{Red, Green, Yellow} {
		sm.Add(s, "fault", Blinking)
	}
	sm.Add(Blinking, "reset", Red)
	var log []string
	sm.OnEnter(Blinking, func(from Light, ev Signal) { log = append(log, fmt.Sprintf("fault while %v", from)) })
	sm.OnEnter(Red, func(from Light, ev Signal) { log = append(log, "stop ("+string(ev)+")") })
	for _, ev := range strings.Fields("timer timer fault timer reset timer timer timer") {
		if err := sm.Fire(Signal(ev)); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrNoTransition))
		}
	}
	fmt.Println(sm.state, sm.history)
	fmt.Println(log)

	door := NewSM[string, rune]("closed")
	door.Add("closed", 'o', "open").Add("open", 'c', "closed").Add("closed", 'l', "locked").Add("locked", 'u', "closed")
	for _, r := range "olucloucl" {
		if err := door.Fire(r); err != nil {
			fmt.Printf("%q: %v\n", r, err)
		}
	}
	fmt.Println(strings.Join(door.history, " > "))
}
