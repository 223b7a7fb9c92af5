package main

import (
	"errors"
	"fmt"
)

type State uint8

const (
	Idle State = iota
	Selecting
	Paying
	Dispensing
	OutOfService
	numStates
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
	case OutOfService:
		return "OutOfService"
	}
	return fmt.Sprintf("State(%d)", uint8(s))
}

type Event int

const (
	Select Event = iota + 1
	InsertCoin
	Cancel
	Done
	Break
	Repair
)

var eventNames = map[Event]string{Select: "Select", InsertCoin: "InsertCoin", Cancel: "Cancel", Done: "Done", Break: "Break", Repair: "Repair"}

func (e Event) String() string { return eventNames[e] }

var ErrBadTransition = errors.New("bad transition")

type Machine struct {
	state State
	coins int
	trail []State
}

type transition struct {
	from State
	ev   Event
}

var table = map[transition]State{
	{Idle, Select}:          Selecting,
	{Selecting, InsertCoin}: Paying,
	{Paying, InsertCoin}:    Paying,
	{Paying, Done}:          Dispensing,
	{Dispensing, Done}:      Idle,
	{Selecting, Cancel}:     Idle,
	{Paying, Cancel}:        Idle,
	{OutOfService, Repair}:  Idle,
}

func (m *Machine) Fire(e Event) error {
	if e == Break {
		m.state = OutOfService
		m.trail = append(m.trail, m.state)
		return nil
	}
	next, ok := table[transition{m.state, e}]
	if !ok {
		return fmt.Errorf("%v on %v: %w", e, m.state, ErrBadTransition)
	}
	if e == InsertCoin {
		m.coins++
	}
	m.state = next
	m.trail = append(m.trail, next)
	return nil
}

func main() {
	m := &Machine{}
	events := []Event{Select, InsertCoin, InsertCoin, Done, Done, Done, Select, Break, Select, Repair, Select, Cancel}
	for _, e := range events {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrBadTransition))
			continue
		}
		fmt.Printf("%-10v -> %v\n", e, m.state)
	}
	fmt.Println(m.trail)
	fmt.Println("coins:", m.coins, "states:", int(numStates), State(9))
	fmt.Printf("%d %x %q %v\n", Paying, OutOfService, Idle, []Event{Select, Repair})
}
