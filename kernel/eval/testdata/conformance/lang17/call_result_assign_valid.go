package main

import "fmt"

type P struct {
	X  int
	S  []int
	Q  *P
	M  map[string]int
	in struct{ N int }
}

var shared = &P{S: []int{1, 2}, M: map[string]int{}}

func get() *P    { return shared }
func val() P     { return *shared }
func arr() []int { return shared.S }

func main() {
	get().X = 5
	get().S[0] = 9
	val().S[1] = 7
	val().M["k"] = 3
	arr()[0]++
	shared.Q = &P{}
	val().Q.X = 8
	get().in.N = 2
	fmt.Println(shared.X, shared.S, shared.M, shared.Q.X, shared.in.N)
}
