package main

// Bool-typed expressions of other forms as conditions: conversions,
// fields, derefs, slice and array elements, parenthesised assertions,
// compiled calls, assertions in loop conditions and in expressions.

import (
	"fmt"
	"strings"
)

type B bool

type S struct {
	ok bool
	p  *bool
}

func main() {
	var x any = false
	f := false
	if bool(f) {
		fmt.Println("1 T")
	} else {
		fmt.Println("1 F")
	}
	if B(f) {
		fmt.Println("2 T")
	} else {
		fmt.Println("2 F")
	}
	s := S{p: &f}
	if s.ok {
		fmt.Println("3 T")
	} else {
		fmt.Println("3 F")
	}
	if *s.p {
		fmt.Println("4 T")
	} else {
		fmt.Println("4 F")
	}
	ps := &s
	if ps.ok || (*ps).ok {
		fmt.Println("5 T")
	} else {
		fmt.Println("5 F")
	}
	bs := []bool{false}
	if bs[0] {
		fmt.Println("6 T")
	} else {
		fmt.Println("6 F")
	}
	if x.(bool) {
		fmt.Println("7 T")
	} else {
		fmt.Println("7 F")
	}
	if strings.HasPrefix("ab", "b") {
		fmt.Println("8 T")
	} else {
		fmt.Println("8 F")
	}
	var xb any = B(false)
	if bool(xb.(B)) {
		fmt.Println("9 T")
	} else {
		fmt.Println("9 F")
	}
	ab := [2]bool{}
	if ab[1] {
		fmt.Println("10 T")
	} else {
		fmt.Println("10 F")
	}
	n := 0
	for !x.(bool) && n < 2 {
		n++
	}
	fmt.Println("11", n)
	c := x.(bool) && true
	d := !x.(bool) || false
	fmt.Println("12", c, d)
	switch x.(bool) {
	case true:
		fmt.Println("13 T")
	case false:
		fmt.Println("13 F")
	}
	g := func() bool { return x.(bool) }
	if g() {
		fmt.Println("14 T")
	} else {
		fmt.Println("14 F")
	}
	var pf *bool = &f
	if *pf {
		fmt.Println("15 T")
	} else {
		fmt.Println("15 F")
	}
	m := map[int]any{1: false}
	for k := range m {
		if m[k].(bool) {
			fmt.Println("16 T")
		} else {
			fmt.Println("16 F")
		}
	}
	fmt.Println("17", x.(bool) || x.(bool), x.(bool) == true)
}
