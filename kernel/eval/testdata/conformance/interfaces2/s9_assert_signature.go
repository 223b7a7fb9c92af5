package main

import (
	"fmt"
	"strconv"
)

type S int

func (s S) String() string { return "S" + strconv.Itoa(int(s)) }

type P struct{ n int }

func (p *P) String() string { return "P" + strconv.Itoa(p.n) }

// Same method name, other signatures.
type IntStringer interface{ String() int }
type ArgStringer interface{ String(x int) string }

// Same signature as fmt.Stringer.
type MyStringer interface{ String() string }

type Both interface {
	String() string
	Len() int
}

func main() {
	var s fmt.Stringer = S(1)
	_, ok := s.(IntStringer)
	fmt.Println("IntStringer", ok)
	_, ok = s.(ArgStringer)
	fmt.Println("ArgStringer", ok)
	m, ok := s.(MyStringer)
	fmt.Println("MyStringer", ok, m)
	_, ok = s.(Both)
	fmt.Println("Both", ok)

	var p fmt.Stringer = &P{7}
	_, ok = p.(IntStringer)
	fmt.Println("ptr IntStringer", ok)
	m, ok = p.(MyStringer)
	fmt.Println("ptr MyStringer", ok, m.String())

	var a any = s
	_, ok = a.(IntStringer)
	fmt.Println("any IntStringer", ok)
	_, ok = a.(MyStringer)
	fmt.Println("any MyStringer", ok)

	for _, x := range []fmt.Stringer{S(2), &P{3}} {
		switch v := x.(type) {
		case IntStringer:
			fmt.Println("switch IntStringer", v)
		case ArgStringer:
			fmt.Println("switch ArgStringer", v)
		case MyStringer:
			fmt.Println("switch MyStringer", v)
		}
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = s.(IntStringer)
}
