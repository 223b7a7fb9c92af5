package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return 3 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 6 * c.R }
func (c *Circle) Grow(f float64)    { c.R *= f }

type byArea []Shape

func (s byArea) Len() int           { return len(s) }
func (s byArea) Less(i, j int) bool { return s[i].Area() < s[j].Area() }
func (s byArea) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

var ErrEmpty = errors.New("empty")

type opError struct {
	Op  string
	Err error
}

func (e *opError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *opError) Unwrap() error { return e.Err }

func do(op string, fail bool) error {
	if fail {
		return &opError{op, ErrEmpty}
	}
	return nil
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Rect{1, 1}, &Circle{2}}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%T %.1f %.1f\n", s, s.Area(), s.Perimeter())
	}
	if c, ok := shapes[3].(*Circle); ok {
		c.Grow(2)
		fmt.Println(c.R, shapes[3].Area())
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Perimeter() > shapes[j].Perimeter() })
	fmt.Println(shapes[0], shapes[len(shapes)-1])

	var st Stack[Shape]
	for _, s := range shapes {
		st.Push(s)
	}
	for {
		s, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(s.Area(), " ")
	}
	fmt.Println()

	ss := Stack[string]{}
	ss.Push("a")
	ss.Push("b")
	top, _ := ss.Pop()
	fmt.Println(top, len(ss.items))

	err := do("read", true)
	var oe *opError
	fmt.Println(err, errors.Is(err, ErrEmpty), errors.As(err, &oe), oe.Op)
	fmt.Println(do("write", false) == nil)
	wrapped := fmt.Errorf("ctx: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, ErrEmpty))

	m := map[Shape]string{Rect{1, 2}: "small", Circle{3}: "big"}
	fmt.Println(m[Rect{1, 2}], m[Circle{3}], len(m))
	keys := make([]string, 0)
	for k := range m {
		keys = append(keys, fmt.Sprintf("%v", k))
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, ";"))

	var sh Shape
	fmt.Println(sh == nil)
	var cp *Circle
	sh = cp
	fmt.Println(sh == nil, sh != nil)

	funcs := []func() int{}
	for i := range 3 {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	defer fmt.Println("deferred 1")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	var arr []int
	_ = arr[5]
}
