package main

import "fmt"

var order []string

var x = record("var x")

func record(s string) int {
	order = append(order, s)
	return len(order)
}

func init() {
	record("init 1")
}

func init() {
	record("init 2")
	fmt.Println("x is", x)
}

func main() {
	record("main")
	fmt.Println(order)
}
