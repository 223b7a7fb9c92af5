package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Points []Point
	Meta   map[string]float64
	Parent *Shape
	hidden int
}

type Inventory struct {
	Items map[string]int
	Tags  []string
	Price float32
	Ok    bool
	Raw   []byte
	Arr   [3]int8
}

func main() {
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	s := Shape{Name: "tri", Points: []Point{{0, 0}, {1, 0}, {0, 1}}, Meta: map[string]float64{"area": 0.5}, Parent: &Shape{Name: "root"}, hidden: 9}
	if err := enc.Encode(s); err != nil {
		fmt.Println("enc err", err)
	}
	inv := Inventory{Items: map[string]int{"a": 1}, Tags: []string{"x"}, Price: 1.25, Ok: true, Raw: []byte{1, 2}, Arr: [3]int8{-1, 0, 1}}
	enc.Encode(inv)
	enc.Encode(42)
	enc.Encode("str")
	enc.Encode([]Point{{5, 5}})
	dec := gob.NewDecoder(&buf)
	var s2 Shape
	fmt.Println(dec.Decode(&s2))
	fmt.Printf("%s %v %v %s %d\n", s2.Name, s2.Points, s2.Meta, s2.Parent.Name, s2.hidden)
	var inv2 Inventory
	fmt.Println(dec.Decode(&inv2))
	fmt.Printf("%+v\n", inv2)
	var n int
	var str string
	var pts []Point
	fmt.Println(dec.Decode(&n), n)
	fmt.Println(dec.Decode(&str), str)
	fmt.Println(dec.Decode(&pts), pts)
	fmt.Println(dec.Decode(&n))

	type PointF struct{ X, Y float64 }
	var b2 bytes.Buffer
	gob.NewEncoder(&b2).Encode(Point{3, 4})
	var pf PointF
	fmt.Println(gob.NewDecoder(&b2).Decode(&pf), pf)
	type OnlyX struct{ X int }
	var b3 bytes.Buffer
	gob.NewEncoder(&b3).Encode(Point{7, 8})
	var ox OnlyX
	fmt.Println(gob.NewDecoder(&b3).Decode(&ox), ox)
	type NoMatch struct{ Z int }
	var b4 bytes.Buffer
	gob.NewEncoder(&b4).Encode(Point{7, 8})
	var nm NoMatch
	fmt.Println(gob.NewDecoder(&b4).Decode(&nm))
	var b5 bytes.Buffer
	fmt.Println(gob.NewEncoder(&b5).Encode(struct{ f int }{1}))
	fmt.Println(gob.NewEncoder(&b5).Encode(Point{}), b5.Len() > 0)
}
