// Funcs with parameters of notebook interface types stored in compiled
// containers (sync.Map, an any, a map of any) and asserted back, called
// with concrete values, interface values and nil.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Handler func(s Shape, scale float64) string

func main() {
	describe := func(s Shape, scale float64) string {
		if s == nil {
			return "nothing"
		}
		return fmt.Sprintf("%s %.1f", s.Name(), s.Area()*scale)
	}
	var reg sync.Map
	reg.Store("describe", describe)
	reg.Store("handler", Handler(describe))
	reg.Store("sum", func(ss ...Shape) float64 {
		t := 0.0
		for _, s := range ss {
			t += s.Area()
		}
		return t
	})

	v, _ := reg.Load("describe")
	f := v.(func(Shape, float64) string)
	var sh Shape = &Circle{1}
	fmt.Println(f(Rect{2, 3}, 1), f(sh, 2), f(nil, 1))

	h, _ := reg.Load("handler")
	fmt.Println(h.(Handler)(Rect{1, 1}, 10))

	s, _ := reg.Load("sum")
	sum := s.(func(...Shape) float64)
	fmt.Println(sum(Rect{1, 2}, &Circle{2}), sum())

	var a any = describe
	g := a.(func(Shape, float64) string)
	fmt.Println(g(&Circle{3}, 0.5))

	table := map[string]any{"d": describe, "s": sum}
	var keys []string
	for k := range table {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []string
	for _, k := range keys {
		switch fn := table[k].(type) {
		case func(Shape, float64) string:
			out = append(out, fn(Rect{4, 4}, 1))
		case func(...Shape) float64:
			out = append(out, fmt.Sprint(fn(Rect{4, 4}, Rect{1, 1})))
		}
	}
	fmt.Println(strings.Join(out, ", "))
}
