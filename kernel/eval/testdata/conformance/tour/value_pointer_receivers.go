package main

import (
	"fmt"
	"math"
)

type Vertex struct {
	X, Y float64
}

func (v *Vertex) Scale(f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

func (v *Vertex) Abs() float64 {
	return math.Sqrt(v.X*v.X + v.Y*v.Y)
}

type Abser interface{ Abs() float64 }

func main() {
	v := &Vertex{3, 4}
	fmt.Printf("Before scaling: %+v, Abs: %v\n", v, v.Abs())
	v.Scale(5)
	fmt.Printf("After scaling: %+v, Abs: %v\n", v, v.Abs())
	var a Abser = v
	fmt.Println(a.Abs())
	vs := []Vertex{{1, 0}, {0, 2}}
	for i := range vs {
		vs[i].Scale(2)
	}
	for _, x := range vs {
		x.Scale(100)
	}
	fmt.Println(vs)
	m := map[string]*Vertex{"a": {1, 1}}
	m["a"].Scale(3)
	fmt.Println(*m["a"])
}
