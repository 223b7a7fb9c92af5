package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

func Largest[S Shape](xs []S) (S, error) {
	var zero S
	if len(xs) == 0 {
		return zero, errors.New("empty")
	}
	best := xs[0]
	for _, x := range xs[1:] {
		if x.Area() > best.Area() {
			best = x
		}
	}
	return best, nil
}

type Parser[T any] interface {
	Parse(string) (T, error)
}

type IntParser struct{}

func (IntParser) Parse(s string) (int, error) { return strconv.Atoi(strings.TrimSpace(s)) }

type BoolParser struct{}

func (BoolParser) Parse(s string) (bool, error) { return strconv.ParseBool(s) }

func ParseAll[T any, P Parser[T]](p P, in []string) ([]T, []error) {
	var out []T
	var errs []error
	for _, s := range in {
		v, err := p.Parse(s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, v)
	}
	return out, errs
}

type PtrSetter[T any] interface {
	*T
	Set(string)
}

type Name struct{ v string }

func (n *Name) Set(s string) { n.v = strings.ToUpper(s) }

func MakeAll[T any, PT PtrSetter[T]](in []string) []T {
	out := make([]T, len(in))
	for i, s := range in {
		PT(&out[i]).Set(s)
	}
	return out
}

type Number interface{ ~int | ~int64 | ~float64 }

func SumBy[T any, N Number](xs []T, f func(T) N) N {
	var s N
	for _, x := range xs {
		s += f(x)
	}
	return s
}

type Sortable[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (s Sortable[T]) Len() int           { return len(s.items) }
func (s Sortable[T]) Less(i, j int) bool { return s.less(s.items[i], s.items[j]) }
func (s Sortable[T]) Swap(i, j int)      { s.items[i], s.items[j] = s.items[j], s.items[i] }

func main() {
	r, err := Largest([]Rect{{1, 2}, {3, 4}, {2, 2}})
	fmt.Println(r, err)
	c, _ := Largest([]Circle{{1}, {0.5}})
	fmt.Println(c, c.Name())
	sh, _ := Largest([]Shape{Rect{10, 10}, Circle{6}})
	fmt.Printf("%T %v\n", sh, sh)
	_, err = Largest([]Rect{})
	fmt.Println(err)
	ints, errs := ParseAll[int](IntParser{}, []string{"1", " 2 ", "x", "40"})
	fmt.Println(ints, len(errs), errs[0])
	bools, _ := ParseAll[bool](BoolParser{}, []string{"true", "0", "T"})
	fmt.Println(bools)
	names := MakeAll[Name]([]string{"ann", "bob"})
	fmt.Println(names[0].v, names[1].v, len(names))
	shapes := []Shape{Rect{1, 1}, Circle{1}, Rect{2, 3}}
	fmt.Println(SumBy(shapes, Shape.Area), SumBy([]string{"a", "bb"}, func(s string) int { return len(s) }))
	s := Sortable[Shape]{shapes, func(a, b Shape) bool { return a.Area() > b.Area() }}
	sort.Sort(s)
	for _, x := range s.items {
		fmt.Print(x.Name(), ":", x.Area(), " ")
	}
	fmt.Println()
}
