package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }
type Name string
type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Circ struct{ R float64 }

func (c *Circ) Area() float64 { return 3 * c.R * c.R }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	m := map[any]string{}
	m[1] = "int"
	m[int64(1)] = "int64"
	m[Name("a")] = "Name"
	m["a"] = "string"
	m[Point{1, 2}] = "Point"
	m[[2]int{1, 2}] = "array"
	m[struct{ X, Y int }{1, 2}] = "anon"
	m[nil] = "nil"
	m[true] = "bool"
	m[1.0] = "float"
	fmt.Println(len(m), m[1], m[int64(1)], m[Name("a")], m["a"], m[Point{1, 2}], m[nil], m[1.0])
	var e1 any = Point{1, 2}
	var e2 any = struct{ X, Y int }{1, 2}
	fmt.Println(e1 == e2, e1 == Point{1, 2}, e2 == struct{ X, Y int }{1, 2})
	try("slice key", func() { m[[]int{1}] = "x" })
	try("map in struct key", func() {
		type K struct{ F any }
		m[K{map[int]int{}}] = "y"
	})
	try("func compare", func() {
		var f1, f2 any = helper, helper
		fmt.Println(f1 == f2)
	})
	try("slice compare in array", func() {
		a, b := [1]any{[]int{}}, [1]any{[]int{}}
		fmt.Println(a == b)
	})
	shapes := map[Shape]int{}
	c := &Circ{1}
	shapes[Sq{2}]++
	shapes[Sq{2}]++
	shapes[c]++
	shapes[&Circ{1}]++
	shapes[c]++
	fmt.Println(len(shapes), shapes[Sq{2}], shapes[c])
	var s1 Shape = Sq{1}
	var s2 Shape = Sq{1}
	var s3 Shape = c
	var s4 Shape = c
	fmt.Println(s1 == s2, s3 == s4, s1 != s3, s3 == Shape(&Circ{1}))
	var nilShape Shape
	var nilCirc *Circ
	var shapeHoldingNil Shape = nilCirc
	fmt.Println(nilShape == nil, shapeHoldingNil == nil, shapeHoldingNil == (*Circ)(nil))
	e := errors.New("x")
	errs := map[error]bool{e: true, errors.New("x"): true}
	fmt.Println(len(errs), errs[e])
	type key struct {
		n  Name
		p  *Point
		ar [2]Shape
	}
	p := &Point{}
	km := map[key]int{{"a", p, [2]Shape{Sq{1}, nil}}: 1}
	km[key{"a", p, [2]Shape{Sq{1}, nil}}]++
	km[key{"a", &Point{}, [2]Shape{Sq{1}, nil}}]++
	fmt.Println(len(km), km[key{"a", p, [2]Shape{Sq{1}}}])
	ch1 := make(chan int)
	ch2 := ch1
	var ca, cb any = ch1, ch2
	fmt.Println(ca == cb, ca == any(make(chan int)))
	arr := [3]any{1, "a", nil}
	arr2 := arr
	fmt.Println(arr == arr2, arr[2] == nil)
	arr2[2] = 0
	fmt.Println(arr == arr2)
}

func helper() {}
