package main

import "fmt"

type Greeter interface{ Greet() string }

type En struct{}

func (e *En) Greet() string { return "hi" }

func main() {
	var g Greeter = &En{}
	e := g.(En)
	fmt.Println(e)
}
