package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Initer[T any] interface {
	*T
	Init(string)
}

type Conf struct {
	name  string
	ready bool
}

func (c *Conf) Init(s string) { c.name = s; c.ready = true }

type Counter struct{ n int }

func (c *Counter) Init(s string) { c.n = len(s) }

func Make[T any, PT Initer[T]](s string) T {
	var t T
	PT(&t).Init(s)
	return t
}

func MakeAll[T any, PT Initer[T]](ss ...string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Init(s)
	}
	return out
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Each(f func(T)) {
	for _, v := range s.items {
		f(v)
	}
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return "stringer " + x.String()
	case []T:
		return "slice of T"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type Shape interface{ Area() float64 }
type Sq float64

func (s Sq) Area() float64  { return float64(s * s) }
func (s Sq) String() string { return "Sq" + strconv.FormatFloat(float64(s), 'g', -1, 64) }

func Convert[To, From any](v From, f func(From) To) To { return f(v) }

type Fn[T any] func(T) T

func Compose[T any](fs ...Fn[T]) Fn[T] {
	return func(v T) T {
		for _, f := range fs {
			v = f(v)
		}
		return v
	}
}

func main() {
	c := Make[Conf]("prod")
	fmt.Println(c.name, c.ready)
	cs := MakeAll[Counter]("a", "bbb", "")
	fmt.Println(cs)
	var st Stack[Shape]
	push := st.Push
	push(Sq(2))
	push(Sq(3))
	total := 0.0
	st.Each(func(s Shape) { total += s.Area() })
	fmt.Println(total, len(st.items))
	fmt.Println(Describe(3), Describe("x"), Describe(Sq(1)), Describe(2.5), Describe([]int{1}))
	fmt.Println(Convert(42, strconv.Itoa), Convert[string]("x", strings.ToUpper))
	inc := Fn[int](func(i int) int { return i + 1 })
	dbl := Fn[int](func(i int) int { return i * 2 })
	fmt.Println(Compose(inc, dbl, inc)(5), Compose[string]()("id"))
	var shapes Stack[fmt.Stringer]
	shapes.Push(Sq(4))
	shapes.Each(func(s fmt.Stringer) { fmt.Println(s) })
}
