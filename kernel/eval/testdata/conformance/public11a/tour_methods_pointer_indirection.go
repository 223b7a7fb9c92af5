package main

import (
	"fmt"
	"math"
)

type Vertex struct {
	X, Y float64
}

func (v Vertex) Abs() float64 { return math.Sqrt(v.X*v.X + v.Y*v.Y) }

func (v *Vertex) Scale(f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

func ScaleFunc(v *Vertex, f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

func AbsFunc(v Vertex) float64 { return math.Sqrt(v.X*v.X + v.Y*v.Y) }

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Abser interface{ Abs() float64 }

func main() {
	v := Vertex{3, 4}
	v.Scale(2)
	ScaleFunc(&v, 10)
	p := &Vertex{4, 3}
	p.Scale(3)
	ScaleFunc(p, 8)
	fmt.Println(v, p)
	fmt.Println(v.Abs(), AbsFunc(v), p.Abs(), AbsFunc(*p))
	var a Abser
	f := MyFloat(-math.Sqrt2)
	a = f
	fmt.Println(a.Abs())
	a = &v
	fmt.Println(a.Abs())
	a = v
	fmt.Printf("(%v, %T)\n", a, a)
	var i interface{}
	describe(i)
	i = 42
	describe(i)
	i = "hello"
	describe(i)
	s, ok := i.(string)
	fmt.Println(s, ok)
	fl, ok := i.(float64)
	fmt.Println(fl, ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	fl = i.(float64)
}

func describe(i interface{}) { fmt.Printf("(%v, %T)\n", i, i) }
