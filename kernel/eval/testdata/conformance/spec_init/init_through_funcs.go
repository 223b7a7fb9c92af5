package main

import "fmt"

var trace []string

func log(s string) int {
	trace = append(trace, s)
	return len(trace)
}

// x depends on y through a function call; y is initialized first.
var x = useY()
var y = log("y")
var z = log("z")

func useY() int {
	log("x")
	return y * 10
}

func main() {
	fmt.Println(x, y, z)
	fmt.Println(trace)
}
