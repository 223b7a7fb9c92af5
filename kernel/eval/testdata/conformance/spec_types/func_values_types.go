package main

import "fmt"

type Op func(int, int) int

func apply(o Op, a, b int) int { return o(a, b) }

func main() {
	add := func(a, b int) int { return a + b }
	var o Op = add
	fmt.Println(apply(o, 2, 3), apply(add, 4, 5))
	fmt.Printf("%T %T\n", add, o)
	ops := map[string]Op{"sub": func(a, b int) int { return a - b }}
	fmt.Println(ops["sub"](9, 4), ops["none"] == nil)
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
