package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var names = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string {
	if int(s) < len(names) {
		return names[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type transition struct {
	from State
	ev   Event
}

var table = map[transition]State{
	{Idle, "start"}:    Running,
	{Running, "pause"}: Paused,
	{Paused, "resume"}: Running,
	{Running, "stop"}:  Stopped,
	{Paused, "stop"}:   Stopped,
}

type Machine struct {
	state State
	log   []State
}

func (m *Machine) Fire(e Event) error {
	next, ok := table[transition{m.state, e}]
	if !ok {
		return fmt.Errorf("invalid event %q in state %v", e, m.state)
	}
	m.log = append(m.log, m.state)
	m.state = next
	return nil
}

func main() {
	var m Machine
	for _, e := range []Event{"start", "pause", "start", "resume", "stop", "start"} {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(e, "->", m.state)
	}
	fmt.Println(m.log, State(9))
	fmt.Printf("%v %d %s %q\n", m.state, m.state, m.state, m.state)
}
