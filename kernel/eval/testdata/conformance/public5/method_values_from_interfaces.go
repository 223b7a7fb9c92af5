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

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(s string) string { return "[" + f(s) + "]" }

type Handler interface{ Serve(string) string }

type Chain []Handler

func (c Chain) Serve(s string) string {
	for _, h := range c {
		s = h.Serve(s)
	}
	return s
}

func main() {
	var s Shape = Rect{2, 3}
	area := s.Area
	s = &Circle{1}
	fmt.Println(area(), s.Area())
	nameOf := Shape.Name
	areaOf := Shape.Area
	shapes := []Shape{Rect{1, 1}, &Circle{2}, Rect{3, 1}}
	sort.Slice(shapes, func(i, j int) bool { return areaOf(shapes[i]) < areaOf(shapes[j]) })
	for _, sh := range shapes {
		fmt.Print(nameOf(sh), ":", areaOf(sh), " ")
	}
	fmt.Println()
	c := &Circle{3}
	cf := c.Area
	c.R = 1
	fmt.Println(cf(), (*Circle).Area(c))
	r := Rect{4, 5}
	rf := r.Area
	r.W = 0
	fmt.Println(rf(), Rect.Area(r))
	up := HandlerFunc(strings.ToUpper)
	rev := HandlerFunc(func(s string) string {
		b := []rune(s)
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		return string(b)
	})
	var h Handler = Chain{up, rev, Chain{up}}
	fmt.Println(h.Serve("go"))
	serve := h.Serve
	fmt.Println(serve("ab"))
	fns := map[string]func(string) string{"up": up.Serve, "rev": rev}
	keys := []string{"rev", "up"}
	for _, k := range keys {
		fmt.Print(fns[k]("xy"), " ")
	}
	fmt.Println()
	fmt.Printf("%T %T %T\n", nameOf, up, serve)
}
