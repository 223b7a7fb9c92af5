package main

import "fmt"

type State int

func (s State) String() string { return [...]string{"idle", "busy"}[s] }

func main() {
	fmt.Println("printed first")
	// A panic with a Stringer prints its String().
	panic(State(1))
}
