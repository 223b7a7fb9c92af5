package main

import (
	"fmt"
	"sort"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }
type Rc struct{ W, H float64 }

func (s Sq) Area() float64 { return s.S * s.S }
func (r Rc) Area() float64 { return r.W * r.H }

type Scene struct{ Shapes []Shape }

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	s := Scene{Shapes: []Shape{Sq{3}, Rc{1, 2}, Sq{1}, Rc{2, 5}}}
	sort.Slice(s.Shapes, func(i, j int) bool { return s.Shapes[i].Area() > s.Shapes[j].Area() })
	fmt.Println(s.Shapes)
	sort.Sort(byArea(s.Shapes))
	fmt.Println(s.Shapes)
	sort.SliceStable(s.Shapes, func(i, j int) bool {
		_, a := s.Shapes[i].(Sq)
		_, b := s.Shapes[j].(Sq)
		return a && !b
	})
	fmt.Printf("%v %T\n", s.Shapes, s.Shapes[0])
	m := map[string][]Shape{"x": {Sq{2}, Sq{1}}}
	sort.Slice(m["x"], func(i, j int) bool { return m["x"][i].Area() < m["x"][j].Area() })
	fmt.Println(m)
}
