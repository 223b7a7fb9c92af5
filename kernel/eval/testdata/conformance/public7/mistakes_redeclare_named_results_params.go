package main

// := at the top of a function body with a parameter or a named result on
// its left and a new variable assigns the parameter or result (they are
// in the body's scope): the deferred func and the bare return see it.

import (
	"errors"
	"fmt"
)

func g() (err error) {
	defer func() { fmt.Println("deferred sees:", err) }()
	v, err := 1, errors.New("from redeclare")
	_ = v
	return
}

func h(x int) int {
	x, y := x*10, 1
	return x + y
}

func k() (n int, s string) {
	n, t := 5, "t"
	s = t
	return
}

func main() {
	fmt.Println(g())
	fmt.Println(h(4))
	fmt.Println(k())
}
