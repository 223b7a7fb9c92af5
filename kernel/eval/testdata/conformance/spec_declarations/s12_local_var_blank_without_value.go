package main

import "fmt"

type key [2]int

func check() {
	// a blank variable declared with a type and no value, in a function
	var _ int
	var _ key
	var _, b key
	var c, _ = 1, "x"
	var _ fmt.Stringer
	fmt.Println(b, c)
}

func main() {
	check()
	var _ []string
	var _, n = "skip", 7
	fmt.Println(n)
}
