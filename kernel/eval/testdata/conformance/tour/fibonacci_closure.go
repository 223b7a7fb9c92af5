package main

import "fmt"

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		defer func() { a, b = b, a+b }()
		return a
	}
}

func main() {
	f := fibonacci()
	for i := 0; i < 15; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	g := fibonacci()
	fmt.Println(g(), g(), g())
}
