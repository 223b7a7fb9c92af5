// Type inference through the core types of constraints, as public helper
// libraries write them: named slice constraints (SliceOf[E]), inline
// interfaces with a type term and methods, ~map[K]V in an interface, and a
// ~struct{...} term.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type SliceOf[E any] interface{ ~[]E }

type MapOf[K comparable, V any] interface{ ~map[K]V }

func Scale[S SliceOf[E], E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

func SortedKeys[M MapOf[K, V], K interface{ ~string | ~int }, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func Clone[M interface{ ~map[K]V }, K comparable, V any](m M) M {
	out := make(M, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

type Joinable[E any] interface {
	~[]E
	Sep() string
}

type Words []string

func (Words) Sep() string { return "-" }

func Join[L Joinable[E], E ~string](l L) string {
	parts := make([]string, len(l))
	for i, e := range l {
		parts[i] = fmt.Sprint(e)
	}
	return strings.Join(parts, l.Sep())
}

type Point[T Number] struct{ X, Y T }

func Norm1[P interface{ ~struct{ X, Y T } }, T Number](p P) T {
	s := struct{ X, Y T }(p)
	abs := func(v T) T {
		if v < 0 {
			return -v
		}
		return v
	}
	return abs(s.X) + abs(s.Y)
}

type Prices []float64
type Stock map[string]int

func main() {
	fmt.Println(Scale([]int{1, 2, 3}, 10))
	p := Scale(Prices{1.5, 2}, 2)
	fmt.Printf("%T %v\n", p, p)
	fmt.Println(SortedKeys(Stock{"pear": 2, "apple": 5}), SortedKeys(map[int]bool{3: true, 1: false}))
	c := Clone(Stock{"fig": 1})
	c["kiwi"] = 4
	fmt.Printf("%T %v\n", c, len(c))
	fmt.Println(Join(Words{"a", "b", "c"}))
	fmt.Println(Norm1(Point[int]{-3, 4}), Norm1(Point[float64]{1.5, -2}))
}
