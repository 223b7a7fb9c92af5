package main

import (
	"errors"
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

func (r Rect) Area() float64     { return r.W * r.H }
func (r Rect) Name() string      { return "rect" }
func (c *Circle) Area() float64  { return 3 * c.R * c.R }
func (c *Circle) Name() string   { return "circle" }
func (c *Circle) String() string { return fmt.Sprintf("Circle(%g)", c.R) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

type Registry[K comparable, V any] struct {
	m     map[K]V
	order []K
}

func NewRegistry[K comparable, V any]() *Registry[K, V] {
	return &Registry[K, V]{m: map[K]V{}}
}

func (r *Registry[K, V]) Put(k K, v V) {
	if _, ok := r.m[k]; !ok {
		r.order = append(r.order, k)
	}
	r.m[k] = v
}

func (r *Registry[K, V]) Each(f func(K, V)) {
	for _, k := range r.order {
		f(k, r.m[k])
	}
}

func MaxBy[T any](xs []T, key func(T) float64) (best T) {
	bk := -1.0
	for _, x := range xs {
		if k := key(x); k > bk {
			best, bk = x, k
		}
	}
	return
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Names[S ~[]E, E Shape](shapes S) string {
	parts := make([]string, len(shapes))
	for i, s := range shapes {
		parts[i] = s.Name()
	}
	return strings.Join(parts, ",")
}

type Shapes []Shape

func main() {
	var st Stack[Shape]
	st.Push(Rect{2, 3})
	st.Push(&Circle{1})
	st.Push(nil)
	fmt.Println(len(st.items), st.items[0], st.items[1], st.items[2])
	fmt.Printf("%v %T\n", st.items, st)
	for {
		s, err := st.Pop()
		if err != nil {
			fmt.Println(err)
			break
		}
		if s == nil {
			fmt.Println("nil shape")
			continue
		}
		fmt.Printf("%s %.1f %T\n", s.Name(), s.Area(), s)
	}
	reg := NewRegistry[string, Shape]()
	reg.Put("b", Rect{1, 1})
	reg.Put("a", &Circle{2})
	reg.Put("b", Rect{5, 5})
	reg.Each(func(k string, s Shape) { fmt.Print(k, "=", s.Area(), " ") })
	fmt.Println()
	all := Shapes{Rect{1, 2}, &Circle{1}, Rect{4, 4}, &Circle{0.5}}
	big := MaxBy(all, Shape.Area)
	fmt.Println(big, big.Name())
	small := Filter(all, func(s Shape) bool { return s.Area() < 3 })
	fmt.Println(len(small), Names(small), Names(all))
	sort.Slice(all, func(i, j int) bool { return all[i].Area() < all[j].Area() })
	fmt.Println(all)
	var es Stack[error]
	es.Push(errors.New("e1"))
	es.Push(fmt.Errorf("e2: %w", errors.New("inner")))
	e, _ := es.Pop()
	fmt.Println(e, errors.Unwrap(e))
	ifaceReg := NewRegistry[Shape, int]()
	ifaceReg.Put(Rect{1, 1}, 1)
	ifaceReg.Put(Rect{1, 1}, 2)
	ifaceReg.Put(Rect{2, 1}, 3)
	ifaceReg.Each(func(k Shape, v int) { fmt.Print(k, ":", v, " ") })
	fmt.Println()
	var fs Stack[fmt.Stringer]
	fs.Push(&Circle{3})
	fmt.Println(fs.items, fs.items[0].String())
	m := map[string][]Shape{"x": {Rect{1, 1}}}
	m["x"] = append(m["x"], &Circle{1})
	fmt.Println(len(m["x"]), m["x"][1].Name(), m)
}
