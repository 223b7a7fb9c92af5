package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(%.1f)", c.R) }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return "circle r=" + fmt.Sprint(v.R)
	case Square:
		return fmt.Sprintf("square side=%v", v.W)
	case Rect:
		return fmt.Sprintf("rect %vx%v", v.W, v.H)
	}
	return "?"
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, NewSquare(2), Circle{2}}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-16s %-14v area=%6.2f perim=%6.2f\n", describe(s), s, s.Area(), s.Perimeter())
	}
	var total float64
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total %.3f\n", total)
	_, isStr := shapes[0].(fmt.Stringer)
	fmt.Println(isStr)
	var sh Shape
	fmt.Println(sh == nil)
	sh = Circle{}
	fmt.Println(sh == Circle{}, sh != nil)
	fmt.Printf("%v %+v %#v\n", shapes[1], shapes[2], shapes[0])
}
