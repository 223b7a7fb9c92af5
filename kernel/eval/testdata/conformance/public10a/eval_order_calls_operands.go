package main

import "fmt"

var trace []string

func f(name string, v int) int {
	trace = append(trace, name)
	return v
}

func idx(name string, v int) int {
	trace = append(trace, "idx:"+name)
	return v
}

func main() {
	s := []int{1, 2, 3, 4}
	// Function calls, method calls and channel operations are evaluated in
	// lexical left-to-right order.
	r := f("a", 1) + f("b", 2)*f("c", 3)
	fmt.Println(r, trace)
	trace = nil

	s[idx("L", 0)], s[idx("R", 1)] = f("x", 10), f("y", 20)
	fmt.Println(s, trace)
	trace = nil

	v := []int{f("p", 1), f("q", 2), f("r", 3)}
	fmt.Println(v, trace)
	trace = nil

	m := map[int]int{f("k1", 1): f("v1", 10), f("k2", 2): f("v2", 20)}
	fmt.Println(len(m), trace)
}
