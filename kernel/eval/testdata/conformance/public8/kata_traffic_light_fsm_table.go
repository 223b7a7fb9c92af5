package main

import "fmt"

type State string
type Event string

type Transition struct {
	From State
	On   Event
}

type FSM struct {
	state   State
	table   map[Transition]State
	onEnter map[State]func(from State)
	history []State
}

func (f *FSM) Fire(e Event) error {
	to, ok := f.table[Transition{f.state, e}]
	if !ok {
		return fmt.Errorf("no transition from %s on %s", f.state, e)
	}
	from := f.state
	f.state = to
	f.history = append(f.history, to)
	if h := f.onEnter[to]; h != nil {
		h(from)
	}
	return nil
}

func main() {
	var log []string
	f := &FSM{
		state: "red",
		table: map[Transition]State{
			{"red", "timer"}:      "green",
			{"green", "timer"}:    "yellow",
			{"yellow", "timer"}:   "red",
			{"red", "fault"}:      "flashing",
			{"green", "fault"}:    "flashing",
			{"yellow", "fault"}:   "flashing",
			{"flashing", "reset"}: "red",
		},
	}
	f.onEnter = map[State]func(State){
		"flashing": func(from State) { log = append(log, "ALERT after "+string(from)) },
		"red":      func(from State) { log = append(log, "stop (from "+string(from)+")") },
	}
	events := []Event{"timer", "timer", "timer", "timer", "fault", "timer", "reset", "timer"}
	for _, e := range events {
		if err := f.Fire(e); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(f.history)
	fmt.Println(log)
	fmt.Println("final:", f.state)
}
