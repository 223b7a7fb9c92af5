package main

import (
	"fmt"
	"sort"
)

// Instances of generic types made first in conversions and composite
// literals.

type List[T any] []T

func (l List[T]) Len() int { return len(l) }

type Sorted[T int | string] []T

func (s Sorted[T]) Len() int           { return len(s) }
func (s Sorted[T]) Less(i, j int) bool { return s[i] < s[j] }
func (s Sorted[T]) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Meters[T ~float64 | ~int] struct{ N T }

func main() {
	xs := []string{"b", "c", "a"}
	sort.Sort(Sorted[string](xs))
	fmt.Println(xs, List[string](xs).Len())
	ns := Sorted[int]{3, 1, 2}
	sort.Sort(ns)
	fmt.Println(ns)
	ps := []Pair[string, int]{{"a", 1}, {Key: "b", Val: 2}}
	fmt.Println(ps, len(ps))
	m := map[Pair[int, int]]List[bool]{{1, 2}: {true}}
	fmt.Println(m[Pair[int, int]{1, 2}], len(m))
	type raw struct{ N float64 }
	r := raw{2.5}
	mm := Meters[float64](r)
	fmt.Println(mm.N, fmt.Sprint(Pair[string, List[int]]{"l", List[int]{1, 2}}))
	arr := [2]Pair[bool, string]{{true, "t"}}
	fmt.Println(arr[0], arr[1].Key)
	p := &Pair[string, float64]{"pi", 3.14}
	fmt.Println(p.String())
}
