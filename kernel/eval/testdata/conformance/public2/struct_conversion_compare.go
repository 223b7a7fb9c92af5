package main

import (
	"fmt"
	"reflect"
)

type Celsius struct {
	Value float64 `json:"c"`
}

type Fahrenheit struct {
	Value float64 `json:"f"`
}

type Point struct{ X, Y int }
type Vec Point

type Inner struct {
	Arr [2]string
	P   Point
}

func main() {
	c := Celsius{100}
	f := Fahrenheit(c)
	fmt.Println(f, Celsius(f) == c)
	v := Vec(Point{1, 2})
	fmt.Printf("%v %+v\n", v, Point(v))
	a := Inner{[2]string{"x", "y"}, Point{1, 2}}
	b := a
	fmt.Println(a == b)
	b.Arr[1] = "z"
	fmt.Println(a == b, a.Arr, b.Arr)
	var i1, i2 any = Point{1, 2}, Point{1, 2}
	var i3 any = Vec{1, 2}
	fmt.Println(i1 == i2, i1 == i3)
	m := map[any]string{Point{1, 2}: "p", 1: "int", "1": "string"}
	fmt.Println(m[Point{1, 2}], m[1], m["1"], len(m))
	fmt.Println(reflect.DeepEqual([]Point{{1, 2}}, []Point{{1, 2}}), reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}))
	anon := struct{ X, Y int }{1, 2}
	p := Point(anon)
	fmt.Println(p, anon == struct{ X, Y int }(p))
	type pair [2]any
	fmt.Println(pair{1, "a"} == pair{1, "a"}, pair{1, 2} == pair{1, 2.0})
}
