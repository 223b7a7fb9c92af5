package main

import (
	"fmt"
	"math"
)

type Vertex struct {
	X, Y float64
}

func (v Vertex) Abs() float64 { return math.Sqrt(v.X*v.X + v.Y*v.Y) }

func Abs(v Vertex) float64 { return math.Sqrt(v.X*v.X + v.Y*v.Y) }

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

func (v *Vertex) Scale(f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

func ScaleFunc(v *Vertex, f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

func main() {
	v := Vertex{3, 4}
	fmt.Println(v.Abs(), Abs(v))
	f := MyFloat(-math.Sqrt2)
	fmt.Println(f.Abs())
	v.Scale(10)
	fmt.Println(v.Abs())
	ScaleFunc(&v, 0.1)
	fmt.Println(v)
	p := &Vertex{4, 3}
	p.Scale(3)
	ScaleFunc(p, 8)
	fmt.Println(v, p)
	fmt.Println(p.Abs(), (*p).Abs())
	w := &Vertex{3, 4}
	fmt.Printf("Before scaling: %+v, Abs: %v\n", w, w.Abs())
	w.Scale(5)
	fmt.Printf("After scaling: %+v, Abs: %v\n", w, w.Abs())
}
