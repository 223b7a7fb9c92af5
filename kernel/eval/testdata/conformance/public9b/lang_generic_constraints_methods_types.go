package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Meters float64
type Count int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Parser[T any] interface {
	Parse(string) (T, error)
}

type IntParser struct{}

func (IntParser) Parse(s string) (int, error) { return strconv.Atoi(s) }

type ListParser[T any, P Parser[T]] struct {
	Sep  string
	Elem P
}

func (lp ListParser[T, P]) Parse(s string) ([]T, error) {
	var out []T
	var errs []error
	for i, part := range strings.Split(s, lp.Sep) {
		v, err := lp.Elem.Parse(strings.TrimSpace(part))
		if err != nil {
			errs = append(errs, fmt.Errorf("item %d: %w", i, err))
			continue
		}
		out = append(out, v)
	}
	return out, errors.Join(errs...)
}

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func Longest[S Stringish](xs []S) S {
	var best S
	for _, x := range xs {
		if x.Len() > best.Len() {
			best = x
		}
	}
	return best
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

func Zip[K comparable, V any](ks []K, vs []V) []Pair[K, V] {
	n := min(len(ks), len(vs))
	out := make([]Pair[K, V], n)
	for i := range n {
		out[i] = Pair[K, V]{ks[i], vs[i]}
	}
	return out
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(Meters(1.5), 2.25), Sum[Count](), Sum(int64(1)<<40, 1))
	fmt.Printf("%T %T\n", Sum(Meters(1)), Sum(Count(2)))
	lp := ListParser[int, IntParser]{Sep: ",", Elem: IntParser{}}
	vals, err := lp.Parse("1, 2, x, 4, 5y")
	fmt.Println(vals, err)
	nested := ListParser[[]int, ListParser[int, IntParser]]{Sep: ";", Elem: lp}
	vv, err := nested.Parse("1,2;3;4,5,6")
	fmt.Println(vv, err, len(vv))
	fmt.Println(Longest([]Name{"al", "beatrice", "cy"}))
	ps := Zip([]string{"a", "b", "c"}, []float64{1.5, 2.5})
	fmt.Println(ps, ps[0])
	var s fmt.Stringer = ps[1]
	fmt.Println(s.String())
}
