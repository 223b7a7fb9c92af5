package main

import (
	"errors"
	"fmt"
)

// a, b := x, y with a declared before in the same scope assigns a: a
// closure or a pointer made before sees the new value.

type Shape interface{ Area() int }
type Square int

func (s Square) Area() int { return int(s * s) }

func closures() {
	x := 1
	get := func() int { return x }
	px := &x
	x, y := 2, 3
	fmt.Println(get(), *px, x, y)
	x = 5
	fmt.Println(get(), *px)
}

func conversions() {
	f := 1.5
	f, s := 2, "two" // the constant becomes a float64
	fmt.Println(f, s)
	var err error
	report := func() string { return fmt.Sprint(err) }
	err, n := errors.New("late"), 3
	fmt.Println(report(), n)
	var sh Shape = Square(1)
	area := func() int { return sh.Area() }
	sh, k := Square(4), 1
	fmt.Println(area(), k)
}

func order() {
	a := 1
	a, b := 2, a // b gets the old a
	p, q := 1, 2
	p, q, r := q, p, 9
	fmt.Println(a, b, p, q, r)
	for i := 0; i < 2; i++ {
		i, j := i+10, 0 // a new i: the body is a scope of its own
		fmt.Println("loop", i, j)
	}
}

func main() {
	closures()
	conversions()
	order()
}
