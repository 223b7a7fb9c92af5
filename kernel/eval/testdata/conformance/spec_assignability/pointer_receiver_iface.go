package main

import "fmt"

type Shape interface {
	Area() float64
	Scale(float64)
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r *Rect) Scale(f float64) { r.W *= f; r.H *= f }
func (r Rect) String() string   { return fmt.Sprintf("%gx%g", r.W, r.H) }

func main() {
	r := Rect{2, 3}
	var s Shape = &r // only *Rect has Scale
	s.Scale(2)
	fmt.Println(s.Area(), r)
	var st fmt.Stringer = r
	var sp fmt.Stringer = &r
	fmt.Println(st, sp)
	r.W = 1
	fmt.Println(st, sp)
}
