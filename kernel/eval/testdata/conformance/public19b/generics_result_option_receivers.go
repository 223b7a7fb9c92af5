package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
)

type List[T any] struct{ items []T }

func (l *List[E]) Push(v E) { l.items = append(l.items, v) }
func (l *List[_]) Len() int { return len(l.items) }
func (l List[X]) Map(f func(X) X) List[X] {
	out := List[X]{}
	for _, v := range l.items {
		out.Push(f(v))
	}
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type Numeric interface {
	~int | ~int64 | ~float64
}

func SumBy[T any, N Numeric](xs []T, f func(T) N) N {
	var s N
	for _, x := range xs {
		s += f(x)
	}
	return s
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func (r Result[T]) OrElse(d T) T {
	if r.Err != nil {
		return d
	}
	return r.Val
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }

func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }

func MaxOf[T cmp.Ordered](xs ...T) (T, error) {
	if len(xs) == 0 {
		var z T
		return z, errors.New("empty")
	}
	return slices.Max(xs), nil
}

type Celsius float64

func Zero[T any]() (z T) { return }

func PtrTo[T any](v T) *T { return &v }

func main() {
	var l List[int]
	l.Push(1)
	l.Push(2)
	fmt.Println(l.Len(), l.Map(func(x int) int { return x * 10 }).items)
	toStr := Map[int, string]
	fmt.Println(toStr([]int{1, 2}, strconv.Itoa))
	fmt.Printf("%q\n", Map([]float64{1.5, 2}, func(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }))
	type item struct {
		name  string
		price Celsius
	}
	items := []item{{"a", 1.5}, {"b", 2.25}}
	fmt.Println(SumBy(items, func(i item) Celsius { return i.price }))
	fmt.Printf("%T\n", SumBy(items, func(i item) Celsius { return i.price }))
	r1 := Try(func() (int, error) { return strconv.Atoi("42") })
	r2 := Try(func() (int, error) { return strconv.Atoi("x") })
	fmt.Println(r1, r2, r1.OrElse(-1), r2.OrElse(-1))
	fmt.Printf("%v %+v %T\n", r1, r2, r2)
	o := Some("hi")
	n := None[[]int]()
	v1, ok1 := o.Get()
	v2, ok2 := n.Get()
	fmt.Println(v1, ok1, v2, ok2, v2 == nil)
	m, err := MaxOf(3, 9, 2)
	fmt.Println(m, err)
	_, err = MaxOf[string]()
	fmt.Println(err)
	c, _ := MaxOf[Celsius](1, -5)
	fmt.Println(c)
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[[2]bool]())
	p := PtrTo(5)
	*p++
	fmt.Println(*p, *PtrTo("s"))
	results := []Result[string]{{"a", nil}, {"", errors.New("bad")}}
	fmt.Println(results)
	fns := []func(int) int{func(x int) int { return x + 1 }, func(x int) int { return x * 2 }}
	fmt.Println(Map(fns, func(f func(int) int) int { return f(10) }))
}
