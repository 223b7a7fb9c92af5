package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func kindCount(shapes []Shape) map[reflect.Type]int {
	m := map[reflect.Type]int{}
	for _, s := range shapes {
		m[reflect.TypeOf(s)]++
	}
	return m
}

func main() {
	shapes := []Shape{Rect{1, 2}, &Circle{1}, Rect{3, 4}}
	counts := kindCount(shapes)
	fmt.Println(counts[reflect.TypeOf(Rect{})], counts[reflect.TypeOf(&Circle{})], len(counts))
	var names []string
	for t, n := range counts {
		names = append(names, fmt.Sprint(t, "=", n))
	}
	sort.Strings(names)
	fmt.Println(names)
	var s Shape = Rect{5, 6}
	t := reflect.TypeOf(s)
	fmt.Println(t, t.Name(), t.Kind(), t == reflect.TypeOf(Rect{}), t.NumMethod())
	v := reflect.ValueOf(s)
	fmt.Println(v.Type() == reflect.TypeOf(Rect{}), v.Field(0), v.NumField())
	var a any = s
	fmt.Println(reflect.TypeOf(a) == t)
	registry := map[reflect.Type]string{reflect.TypeOf(Rect{}): "rect"}
	fmt.Println(registry[reflect.TypeOf(s)], registry[reflect.TypeOf(shapes[1])] == "")
}
