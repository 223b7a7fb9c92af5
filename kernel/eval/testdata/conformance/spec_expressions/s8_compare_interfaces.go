package main

import "fmt"

type S struct{ n int }

type T int

func main() {
	var a, b any
	fmt.Println(a == b, a == nil)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = S{1}, S{1}
	fmt.Println(a == b)
	a, b = &S{1}, &S{1}
	fmt.Println(a == b)
	a, b = T(1), 1
	fmt.Println(a == b, a == T(1))
	var e error
	var pe *myErr
	fmt.Println(e == nil, pe == nil)
	e = pe
	fmt.Println(e == nil, e != nil)
	fmt.Println(any("x") == "x", any(nil) == nil)
}

type myErr struct{}

func (*myErr) Error() string { return "e" }
