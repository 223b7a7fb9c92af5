package main

import "fmt"

type ID int

func apply(f func(int) int) int { return f(1) }

func main() {
	g := func(i ID) ID { return i }
	fmt.Println(apply(g))
}
