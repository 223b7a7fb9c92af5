package main

import (
	"fmt"
	"io"
	"strings"
)

// Defined types of defined types, one of each kind: interfaces (also an
// instance of a generic interface and a compiled one), arrays, maps and
// slices. The composite literal M2{"a": 1} of type M2 M1 (M1 a map type)
// panicked in the engine (a nil pointer: a linked type over the map type).
type Shape interface{ Area() int }
type Shape2 Shape

type Getter[T any] interface{ Get() T }
type IntGetter Getter[int]

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }
func (q Sq) Get() int  { return q.s }

type R2 io.Reader
type A1 [3]int
type A2 A1
type M1 map[string]int
type M2 M1
type S1 []string
type S2 S1

func area(s Shape2) int { return s.Area() }

func main() {
	var s Shape2 = Sq{3}
	fmt.Println(s.Area(), area(Sq{2}), s)
	fmt.Printf("%T\n", s)
	var sh Shape = s
	s = sh
	switch v := any(s).(type) {
	case Shape2:
		fmt.Println("shape2", v.Area())
	}
	var g IntGetter = Sq{5}
	fmt.Println(g.Get())
	var gg Getter[int] = g
	fmt.Println(gg.Get())
	var r R2 = strings.NewReader("hello")
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
	a := A2{1, 2, 3}
	a[1] = 5
	for i, v := range a {
		fmt.Print(i, v, " ")
	}
	fmt.Println(len(a), a == A2(A1{1, 5, 3}), A1(a))
	m := M2{"a": 1}
	m["b"] = 2
	delete(m, "a")
	fmt.Println(m, len(m), M1(m)["b"])
	sl := S2{"x"}
	sl = append(sl, "y")
	fmt.Println(sl, len(sl), S1(sl)[1], sl[1:])
	fmt.Printf("%T %T %T\n", a, m, sl)
	var n Shape2
	fmt.Println(n == nil)
}
