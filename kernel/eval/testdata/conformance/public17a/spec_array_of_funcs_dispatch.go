package main

import "fmt"

type op func(a, b int) int

var ops = [...]op{
	func(a, b int) int { return a + b },
	func(a, b int) int { return a - b },
	func(a, b int) int { return a * b },
}

var names = [len(ops)]string{"add", "sub", "mul"}

func main() {
	for i, f := range ops {
		fmt.Println(names[i], f(7, 3))
	}
	table := map[string]op{}
	for i := range ops {
		table[names[i]] = ops[i]
	}
	fmt.Println(table["mul"](6, 7), len(table))
	var nilop op
	fmt.Println(nilop == nil, ops[0] != nil)
}
