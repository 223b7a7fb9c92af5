package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s Stack[T]) Len() int { return len(s.items) }

type IntStack struct {
	Stack[int]
	pushes int
}

func (s *IntStack) Push(v ...int) {
	s.pushes += len(v)
	s.Stack.Push(v...)
}

func (s *IntStack) Sum() (t int) {
	for _, v := range s.items {
		t += v
	}
	return
}

type Lesser[T any] interface{ Less(T) bool }

func SortLess[T Lesser[T]](xs []T) {
	sort.Slice(xs, func(i, j int) bool { return xs[i].Less(xs[j]) })
}

type Version struct{ Major, Minor int }

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	return v.Minor < o.Minor
}
func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

type Handler interface{ Handle(string) string }

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Square struct{ Rect }

func (Square) Name() string { return "square" }

func Largest[S Shape](xs ...S) (best S) {
	for i, x := range xs {
		if i == 0 || x.Area() > best.Area() {
			best = x
		}
	}
	return
}

type partial struct {
	Shape
	label string
}

func (p partial) Name() string { return "partial:" + p.label }

func main() {
	var s IntStack
	s.Push(1, 2, 3)
	s.Stack.Push(10)
	v, err := s.Pop()
	fmt.Println(v, err, s.Len(), s.pushes, s.Sum())
	for s.Len() > 0 {
		s.Pop()
	}
	_, err = s.Pop()
	fmt.Println(err)
	var ss Stack[string]
	ss.Push("a", "b")
	top, _ := ss.Pop()
	fmt.Println(top, ss.Len(), ss)
	vs := []Version{{1, 10}, {1, 2}, {0, 9}, {2, 0}}
	SortLess(vs)
	fmt.Println(vs)
	logged := []string{}
	logger := func(tag string) Middleware {
		return func(next Handler) Handler {
			return HandlerFunc(func(s string) string {
				logged = append(logged, tag+">"+s)
				return next.Handle(s) + "<" + tag
			})
		}
	}
	h := Chain(HandlerFunc(strings.ToUpper), logger("a"), logger("b"))
	fmt.Println(h.Handle("req"), logged)
	fmt.Println(Largest(Rect{1, 2}, Rect{3, 1}, Rect{0.5, 5}))
	sq := Largest(Square{Rect{2, 2}}, Square{Rect{1, 1}})
	fmt.Println(sq, sq.Name(), sq.Rect.Name())
	shapes := []Shape{Rect{1, 1}, Square{Rect{3, 3}}, partial{Rect{2, 2}, "p"}}
	best := Largest(shapes...)
	fmt.Println(best.Name(), best.Area())
	for _, sh := range shapes {
		switch x := sh.(type) {
		case Square:
			fmt.Println("square with rect", x.Rect)
		case Rect, partial:
			fmt.Printf("%T %s\n", x, x.Name())
		}
	}
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	var empty partial
	fmt.Println(empty.Name())
	fmt.Println(empty.Area())
}
