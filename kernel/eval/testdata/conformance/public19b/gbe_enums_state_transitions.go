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

func (ss ServerState) String() string { return stateName[ss] }

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

type Weekday uint8

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

type Flags uint

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

func (f Flags) String() string {
	s := ""
	for i, n := range []string{"A", "B", "C", "D"} {
		if f&(1<<i) != 0 {
			s += n
		}
	}
	if s == "" {
		return "none"
	}
	return s
}

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

func main() {
	ns := transition(StateIdle)
	fmt.Println(ns)
	ns2 := transition(ns)
	fmt.Println(ns2)
	fmt.Printf("%v %d %s %q %x\n", StateError, StateError, StateRetrying, StateConnected, StateRetrying)
	fmt.Println([]ServerState{0, 1, 2, 3}, ServerState(9))
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	f := FlagA | FlagC
	fmt.Println(f, f|FlagD, f&^FlagA, Flags(0), f&FlagB == 0)
	fmt.Printf("%v %d %b\n", f, f, f)
	fmt.Println(KB, MB, GB)
	defer func() { fmt.Println("recovered:", recover()) }()
	transition(ServerState(7))
}
