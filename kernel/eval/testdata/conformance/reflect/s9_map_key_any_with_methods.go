package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func (p *Point) Move(dx int) { p.X += dx }

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

func main() {
	m := map[any]int{Color(1): 1, Point{1, 2}: 2, "s": 3, Sq{2}: 4}
	fmt.Println(len(m), m[Color(1)], m[Point{1, 2}], m[Sq{2}])
	fmt.Println(map[any]int{Color(2): 1})
	var lines []string
	for k, v := range m {
		s := fmt.Sprintf("%v/%T=%d", k, k, v)
		switch kk := k.(type) {
		case Color:
			s += " color " + kk.String()
		case fmt.Stringer:
			s += " stringer " + kk.String()
		case Shape:
			s += fmt.Sprint(" shape ", kk.Area())
		}
		lines = append(lines, s)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}

	// Keys written by reflect and read by the cell, and the other way.
	rv := reflect.ValueOf(m)
	rv.SetMapIndex(reflect.ValueOf(Color(0)), reflect.ValueOf(10))
	fmt.Println(m[Color(0)], len(m))
	fmt.Println(rv.MapIndex(reflect.ValueOf(Point{1, 2})), rv.MapIndex(reflect.ValueOf(Color(1))))
	for _, k := range rv.MapKeys() {
		if c, ok := k.Interface().(Color); ok && c == 0 {
			fmt.Println("found", c)
		}
	}

	// Pointer keys.
	p := &Point{5, 5}
	pm := map[any]string{p: "p"}
	p.Move(1)
	fmt.Println(pm[p], p.X)
	rp := reflect.ValueOf(p).Interface()
	fmt.Println(pm[rp])
	for k := range pm {
		k.(*Point).Move(1)
	}
	fmt.Println(p.X)
	delete(m, Color(0))
	delete(m, reflect.ValueOf(Point{1, 2}).Interface())
	fmt.Println(len(m))
}
