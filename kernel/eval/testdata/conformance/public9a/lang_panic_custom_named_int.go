package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
)

type Machine struct{ s State }

func (m *Machine) Step(ev string) {
	switch {
	case m.s == Idle && ev == "start":
		m.s = Running
	case m.s == Running && ev == "stop":
		m.s = Idle
	default:
		panic(m.s)
	}
}

func main() {
	m := &Machine{}
	for _, ev := range []string{"start", "stop", "start"} {
		m.Step(ev)
		fmt.Println(ev, "->", m.s)
	}
	m.Step("start")
}
