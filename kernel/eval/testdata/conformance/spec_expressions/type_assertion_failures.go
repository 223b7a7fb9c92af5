package main

import "fmt"

type A int
type B int

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var x any = A(1)
	b, ok := x.(B)
	fmt.Println(b, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	try(func() { _ = x.(string) })
	var e any
	try(func() { _ = e.(int) })
}
