package main

import (
	"fmt"
	"os"
)

func check(cond bool, msg string) {
	if !cond {
		fmt.Fprintln(os.Stderr, "check failed:", msg)
		os.Exit(4)
	}
}

func main() {
	fmt.Println("validating")
	check(1+1 == 2, "math")
	check(len("abc") == 4, "length")
	fmt.Println("unreachable")
}
