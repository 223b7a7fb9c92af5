package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Done
)

func name(s State) string {
	switch s {
	case Idle:
		return "idle"
	case Running:
		return "running"
	case 1:
		return "one"
	}
	return "?"
}

func main() {
	fmt.Println(name(Done))
}
