package main

import (
	"fmt"
	"reflect"
)

type Point struct{ X, Y int }

type Line struct {
	A, B  Point
	Label string
}

type Person struct {
	Name    string
	Friends []string
	Meta    map[string]string
	Best    *Person
}

func (p Person) Clone() Person {
	c := p
	c.Friends = append([]string(nil), p.Friends...)
	c.Meta = make(map[string]string, len(p.Meta))
	for k, v := range p.Meta {
		c.Meta[k] = v
	}
	return c
}

func main() {
	l1 := Line{Point{0, 0}, Point{1, 1}, "diag"}
	l2 := l1
	l2.B.X = 5
	fmt.Println(l1 == l2, l1, l2)
	l2.B.X = 1
	fmt.Println(l1 == l2)
	pts := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(pts[Point{1, 2}], len(pts))
	anon := struct {
		X, Y int
	}{1, 2}
	var p Point = anon
	fmt.Println(p, p == Point(anon))
	a := Person{Name: "ann", Friends: []string{"bob"}, Meta: map[string]string{"k": "v"}}
	shallow := a
	deep := a.Clone()
	a.Friends[0] = "BOB"
	a.Meta["k"] = "V"
	fmt.Println(shallow.Friends, shallow.Meta, deep.Friends, deep.Meta)
	fmt.Println(reflect.DeepEqual(deep, a), reflect.DeepEqual(shallow, a))
	b := &Person{Name: "b"}
	a.Best = b
	b.Best = &a
	fmt.Println(a.Best.Best.Name)
	type pair [2]Point
	x, y := pair{{1, 1}, {2, 2}}, pair{{1, 1}, {2, 2}}
	fmt.Println(x == y, x != pair{})
	var i1, i2 any = Point{1, 2}, Point{1, 2}
	fmt.Println(i1 == i2)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var s1, s2 any = []int{1}, []int{1}
		fmt.Println(s1 == s2)
	}()
	empty := struct{}{}
	fmt.Println(empty == struct{}{}, reflect.TypeOf(empty).Size())
}
