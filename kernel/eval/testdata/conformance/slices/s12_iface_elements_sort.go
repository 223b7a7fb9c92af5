package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return fmt.Sprintf("rect%gx%g", r.W, r.H) }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3.14159 * c.R * c.R }
func (c *Circle) Name() string  { return fmt.Sprintf("circle%g", c.R) }

func names(ss []Shape) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Name()
	}
	return out
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Rect{1, 1}, &Circle{2}, Rect{2, 6}}
	slices.SortFunc(shapes, func(a, b Shape) int { return cmp.Compare(a.Area(), b.Area()) })
	fmt.Println(names(shapes))
	slices.SortStableFunc(shapes, func(a, b Shape) int {
		_, ar := a.(Rect)
		_, br := b.(Rect)
		switch {
		case ar == br:
			return 0
		case ar:
			return -1
		}
		return 1
	})
	fmt.Println(names(shapes))
	i := slices.IndexFunc(shapes, func(s Shape) bool { return s.Area() > 10 })
	fmt.Println(i, shapes[i].Name())
	big := slices.DeleteFunc(slices.Clone(shapes), func(s Shape) bool { return s.Area() < 5 })
	fmt.Println(names(big), len(shapes))
	m := slices.MaxFunc(shapes, func(a, b Shape) int { return cmp.Compare(a.Area(), b.Area()) })
	fmt.Printf("%s %T\n", m.Name(), m)
	fmt.Println(slices.Contains(shapes, Shape(Rect{1, 1})), slices.Index(shapes, Shape(Rect{2, 6})))
	c := &Circle{5}
	shapes = slices.Insert(shapes, 1, Shape(c))
	fmt.Println(slices.Index(shapes, Shape(c)), slices.Contains(shapes, Shape(&Circle{5})))
	grouped := map[bool][]Shape{}
	for _, s := range shapes {
		_, isRect := s.(Rect)
		grouped[isRect] = append(grouped[isRect], s)
	}
	fmt.Println(len(grouped[true]), len(grouped[false]))
}
