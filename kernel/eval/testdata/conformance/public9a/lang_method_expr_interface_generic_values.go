package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Sq struct{ Rect }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }
func (s Sq) Name() string    { return "square" }

type Stack[T any] struct{ xs []T }

func (s *Stack[T]) Push(x T) { s.xs = append(s.xs, x) }
func (s Stack[T]) Peek() T   { return s.xs[len(s.xs)-1] }
func (s Stack[T]) Size() int { return len(s.xs) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func main() {
	area := Shape.Area
	name := Shape.Name
	shapes := []Shape{Rect{2, 3}, Sq{Rect{4, 4}}, &Rect{1, 1}}
	for _, s := range shapes {
		fmt.Print(name(s), "=", area(s), " ")
	}
	fmt.Println()
	ra := Rect.Area
	sa := Sq.Area // promoted
	pa := (*Rect).Area
	sn := (*Sq).Name
	fmt.Println(ra(Rect{5, 2}), sa(Sq{Rect{3, 3}}), pa(&Rect{7, 1}), sn(&Sq{}))
	var bound []func() float64
	for _, s := range shapes {
		bound = append(bound, s.Area)
	}
	shapes[2].(*Rect).W = 100
	for _, b := range bound {
		fmt.Print(b(), " ")
	}
	fmt.Println()
	var st Stack[string]
	push := st.Push
	push("a")
	push("b")
	peek := st.Peek
	push("c")
	fmt.Println(st.Size(), peek(), st.Peek())
	size := Stack[string].Size
	pushE := (*Stack[string]).Push
	pushE(&st, "d")
	fmt.Println(size(st))
	toUpper := Map[string, string]
	lens := Map[string, int]
	fmt.Println(toUpper([]string{"x", "yz"}, strings.ToUpper), lens([]string{"x", "yz"}, func(s string) int { return len(s) }))
	f := compose(strings.TrimSpace, compose(strings.ToUpper, func(s string) int { return len(s) }))
	fmt.Println(f("  hello "))
	names := Map(shapes, Shape.Name)
	areas := Map(shapes, Shape.Area)
	fmt.Println(names, areas)
	fn := fmt.Sprintf
	ps := fmt.Println
	ps(fn("%03d", 7))
	var iface Shape = Sq{Rect{2, 2}}
	m := iface.Name
	iface = Rect{}
	fmt.Println(m(), iface.Name())
}
