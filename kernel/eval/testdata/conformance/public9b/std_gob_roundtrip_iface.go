package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (c Circle) Area() float64 { return 3 * c.R * c.R }

type Drawing struct {
	Name   string
	Shapes []Shape
	Tags   map[string]int
	Next   *Drawing
}

func main() {
	gob.Register(Rect{})
	gob.Register(Circle{})
	d := Drawing{Name: "d1", Shapes: []Shape{Rect{2, 3}, Circle{1}}, Tags: map[string]int{"x": 1}, Next: &Drawing{Name: "d2"}}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(d); err != nil {
		fmt.Println("encode:", err)
		return
	}
	var back Drawing
	if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
		fmt.Println("decode:", err)
		return
	}
	fmt.Println(back.Name, back.Tags, back.Next.Name, back.Next.Next == nil)
	total := 0.0
	for _, s := range back.Shapes {
		fmt.Printf("%T %+v %.1f\n", s, s, s.Area())
		total += s.Area()
	}
	fmt.Println(total)
	type P struct{ A, B int }
	buf.Reset()
	enc := gob.NewEncoder(&buf)
	for i := range 3 {
		enc.Encode(P{i, i * i})
	}
	dec := gob.NewDecoder(&buf)
	for {
		var p P
		if err := dec.Decode(&p); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(p)
	}
}
