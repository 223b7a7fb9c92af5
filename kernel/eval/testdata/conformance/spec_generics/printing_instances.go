package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Opt[T any] struct {
	v  T
	ok bool
}

type Num[T ~int | ~float64] float64

type Vec[T any] []T

type Dict[K comparable, V any] map[K]V

type Point struct{ X, Y int }

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%v|%+v|%T\n", p, p, p)
	o := Opt[Point]{Point{1, 2}, true}
	fmt.Printf("%v|%+v|%T\n", o, o, o)
	fmt.Printf("%T %T\n", &o, []Opt[Point]{o})
	n := Num[float64](2.5)
	fmt.Printf("%v %T\n", n, n)
	v := Vec[Pair[string, int]]{p, {"b", 2}}
	fmt.Printf("%v %T %d\n", v, v, len(v))
	d := Dict[string, Vec[int]]{"x": {1, 2}}
	fmt.Printf("%v %T\n", d, d)
	fmt.Println(p, o, n, v, d)
	s := fmt.Sprint(Pair[int, bool]{3, true})
	fmt.Println(s, len(s))
}
