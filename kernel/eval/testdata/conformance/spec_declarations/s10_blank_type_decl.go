package main

import "fmt"

// A type declaration may name the blank identifier: it declares nothing
// (the interpreter refused it with "cannot use _ as value").

type _ int

type _ struct{ x, y float64 }

type Temp float64

type _ = Temp

func main() {
	type _ []string
	fmt.Println(Temp(21.5))
}
