package main

import (
	"fmt"
	"strconv"
)

type S int

func (s S) String() string { return "S" + strconv.Itoa(int(s)) }

type T int

func (t T) String() string { return "T" + strconv.Itoa(int(t)) }

func main() {
	var s fmt.Stringer = S(2)
	fmt.Printf("%T %v\n", s, s)
	var a any = s
	fmt.Printf("%T\n", a)
	var s1, s2 fmt.Stringer = S(3), S(4)
	fmt.Printf("%T %v %s\n", s1, s1, s2)
	var t fmt.Stringer = T(5)
	fmt.Printf("%T %v\n", t, t)
}
