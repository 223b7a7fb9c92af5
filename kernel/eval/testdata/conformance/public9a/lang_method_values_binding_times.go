package main

import "fmt"

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r *Rect) Scale(k float64) { r.W *= k; r.H *= k }

type Sq struct{ *Rect }
type Val struct{ Rect }
type Gen[T any] struct{ v T }

func (g Gen[T]) Get() T { return g.v }

type Getter[T any] interface{ Get() T }

func main() {
	r := &Rect{1, 1}
	sq := Sq{r}
	f := sq.Area
	var s Shape = sq
	g := s.Area
	ps := &sq
	h := ps.Area
	r.W = 10
	fmt.Println(f(), g(), h())
	v := &Val{Rect{2, 1}}
	var s2 Shape = v
	k := s2.Area
	vm := v.Area
	v.W = 5
	fmt.Println(k(), vm())
	gp := &Gen[int]{1}
	var gi Getter[int] = gp
	gg := gi.Get
	gp.v = 99
	fmt.Println(gg())
	sc := r.Scale
	sc(2)
	fmt.Println(r.W)
	arr := []Rect{{1, 1}, {2, 2}}
	fs := []func() float64{}
	for i := range arr {
		fs = append(fs, arr[i].Area)
	}
	for _, x := range arr {
		fs = append(fs, x.Area)
	}
	arr[0].W = 100
	for _, ff := range fs {
		fmt.Print(ff(), " ")
	}
	fmt.Println()
	m := map[string]*Rect{"a": {3, 3}}
	ma := m["a"].Area
	m["a"].W = 0
	fmt.Println(ma())
	var sh Shape = &Rect{4, 4}
	defer fmt.Println("deferred", sh.Area())
	defer func(f func() float64) { fmt.Println("deferred f", f()) }(sh.Area)
	sh.(*Rect).W = 1
}
