package main

import "fmt"

type ServerState int

const (
	StateIdle ServerState = iota
	StateConnected
	StateError
	StateRetrying
)

var stateName = map[ServerState]string{
	StateIdle:      "idle",
	StateConnected: "connected",
	StateError:     "error",
	StateRetrying:  "retrying",
}

func (ss ServerState) String() string {
	if n, ok := stateName[ss]; ok {
		return n
	}
	return fmt.Sprintf("ServerState(%d)", int(ss))
}

func transition(s ServerState) ServerState {
	switch s {
	case StateIdle:
		return StateConnected
	case StateConnected, StateRetrying:
		return StateIdle
	case StateError:
		return StateError
	default:
		panic(fmt.Errorf("unknown state: %s", s))
	}
}

func main() {
	ns := transition(StateIdle)
	fmt.Println(ns)
	ns2 := transition(ns)
	fmt.Println(ns2)
	fmt.Printf("%v %d %s %q\n", StateError, StateError, StateRetrying, StateConnected)
	fmt.Println([]ServerState{0, 1, 2, 3, 4})
	defer func() { fmt.Println("recovered:", recover()) }()
	transition(ServerState(9))
}
