package main

import "fmt"

type Handler func(string) int
type Other func(string) int

func main() {
	var h Handler = func(s string) int { return len(s) }
	var o Other = h
	fmt.Println(o("ab"))
}
