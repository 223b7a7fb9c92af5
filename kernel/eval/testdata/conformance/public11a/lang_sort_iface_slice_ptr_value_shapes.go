package main

import (
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Rect{1, 1}, &Circle{2}}
	sort.Sort(byArea(shapes))
	var parts []string
	for _, s := range shapes {
		parts = append(parts, fmt.Sprintf("%s:%.0f", s.Name(), s.Area()))
	}
	fmt.Println(strings.Join(parts, " "))
	sort.SliceStable(shapes, func(i, j int) bool { return shapes[i].Name() < shapes[j].Name() })
	for _, s := range shapes {
		fmt.Printf("%T %v\n", s, s)
	}
	m := map[Shape]int{Rect{1, 1}: 1}
	m[Rect{1, 1}]++
	fmt.Println(m[Rect{1, 1}], len(m))
	idx := sort.Search(len(shapes), func(i int) bool { return shapes[i].Name() >= "rect" })
	fmt.Println(idx)
}
