package main

import "fmt"

type Grid struct {
	cells *[4]int
}

type World struct {
	grid *Grid
}

var calls int

func world() *World { calls++; return nil }

func main() {
	// With only an index and a constant length, the range expression is
	// not evaluated: w.grid.cells would dereference a nil pointer.
	var w *World
	n := 0
	for i := range w.grid.cells {
		n += i
	}
	fmt.Println("sum of indexes", n)
	for range w.grid.cells {
		n++
	}
	fmt.Println(n)
	// A call in it makes the length not constant: then it is evaluated.
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil, calls) }()
		for i := range world().grid.cells {
			fmt.Println("not reached", i)
		}
	}()
	// Two iteration variables: evaluated.
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		for i, v := range w.grid.cells {
			fmt.Println("not reached", i, v)
		}
	}()
}
