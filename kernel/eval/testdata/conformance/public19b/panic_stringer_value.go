package main

import "fmt"

type State struct{ name string }

func (s State) String() string { return "State(" + s.name + ")" }

func main() {
	fmt.Println("before")
	defer fmt.Println("deferred runs before crash")
	panic(State{"broken"})
}
