package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Shape interface {
	Area() float64
}

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Tri struct{ B, H float64 }

func (t Tri) Area() float64 { return t.B * t.H / 2 }

type Scene struct {
	Name   string
	Shapes []Shape
	Main   Shape
}

func main() {
	gob.Register(Square{})
	gob.Register(Tri{})
	var buf bytes.Buffer
	in := Scene{"demo", []Shape{Square{2}, Tri{3, 4}}, Tri{1, 1}}
	if err := gob.NewEncoder(&buf).Encode(in); err != nil {
		fmt.Println("encode:", err)
		return
	}
	var out Scene
	if err := gob.NewDecoder(&buf).Decode(&out); err != nil {
		fmt.Println("decode:", err)
		return
	}
	fmt.Println(out.Name, len(out.Shapes), out.Main.Area())
	for _, s := range out.Shapes {
		fmt.Printf("%T %.1f\n", s, s.Area())
	}
	var vals []any = []any{Square{1}, "str", 42}
	buf.Reset()
	gob.NewEncoder(&buf).Encode(vals)
	var back []any
	fmt.Println(gob.NewDecoder(&buf).Decode(&back), back)
}
