package main

// Calls of methods of interpreted types run the method directly (no method
// value): receivers by value and by pointer, addressable operands of
// pointer methods, promoted methods, results, defers, panics and recover,
// recursion, generic types.

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

func (p *Point) Move(d int)       { p.X += d; p.Y -= d }
func (p Point) Sum() int          { return p.X + p.Y }
func (p Point) Moved(d int) Point { p.X += d; return p }
func (p Point) Div(d int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return p.X / d, nil
}
func (p *Point) Named() (r int) {
	defer func() { r *= 2 }()
	r = p.X
	return
}

type Shape struct {
	Point
	Name string
}

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.V + t.L.Sum() + t.R.Sum()
}

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

type Counter struct{ n int }

func (c *Counter) Inc() *Counter { c.n++; return c }
func (c Counter) Get() int       { return c.n }

type errT struct{ msg string }

func (e *errT) Error() string { return e.msg }

func (p Point) Fail() { panic(errors.New("fail " + fmt.Sprint(p.X))) }

func main() {
	p := Point{1, 2}
	p.Move(3) // &p implicitly
	fmt.Println(p, p.Sum(), p.Moved(10), p)
	pp := &p
	pp.Move(1)
	fmt.Println(*pp, pp.Sum())
	q, err := p.Div(0)
	fmt.Println(q, err)
	q, err = p.Div(2)
	fmt.Println(q, err)
	fmt.Println(pp.Named(), p.Named())
	s := Shape{Point{5, 5}, "sq"}
	s.Move(2)
	fmt.Println(s, s.Sum())
	ps := []Point{{1, 1}, {2, 2}}
	for i := range ps {
		ps[i].Move(i + 1)
	}
	fmt.Println(ps)
	t := &Tree{&Tree{nil, nil, 1}, &Tree{&Tree{nil, nil, 3}, nil, 4}, 5}
	fmt.Println(t.Sum())
	var st Stack[string]
	st.Push("a")
	st.Push("b")
	v, ok := st.Pop()
	fmt.Println(v, ok, len(st.items))
	var c Counter
	c.Inc().Inc().Inc()
	fmt.Println(c.Get())
	for i := 0; i < 3; i++ {
		c.Inc()
	}
	fmt.Println(c.Get())
	var e error = &errT{"boom"}
	fmt.Println(e.Error())
	m := map[string]*Point{"a": {1, 1}}
	m["a"].Move(5)
	fmt.Println(*m["a"])
	f := func() (r string) {
		defer func() { r = fmt.Sprint("caught: ", recover()) }()
		p.Fail()
		return "no"
	}
	fmt.Println(f())
	var np *Point
	defer func() { fmt.Println("nil receiver:", recover()) }()
	fmt.Println(np.Sum())
}
