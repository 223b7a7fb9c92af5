package main

import "fmt"

type Op func(int, int) int

func apply(op Op, a, b int) int {
	if op == nil {
		return -1
	}
	return op(a, b)
}

func main() {
	var op Op
	fmt.Println(op == nil, apply(op, 1, 2))
	op = func(a, b int) int { return a + b }
	fmt.Println(op != nil, apply(op, 1, 2))
	ops := map[string]Op{
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(apply(ops["sub"], 5, 3), apply(ops["mul"], 5, 3), apply(ops["div"], 5, 3))
	defer func() { fmt.Println("recovered:", recover()) }()
	var f func()
	f()
}
