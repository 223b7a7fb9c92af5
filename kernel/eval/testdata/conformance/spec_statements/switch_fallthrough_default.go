package main

import "fmt"

func f(n int) {
	switch {
	default:
		fmt.Print("default ")
		fallthrough
	case n > 10:
		fmt.Print("big ")
	case n > 5:
		fmt.Print("medium ")
	}
	fmt.Println()
}

func main() {
	f(1)
	f(20)
	f(7)
}
