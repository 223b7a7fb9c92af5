package main

import (
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	comparable
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }

func Largest[S Shape](xs []S) (best S) {
	for _, x := range xs {
		if x.Area() > best.Area() {
			best = x
		}
	}
	return
}

func Count[T comparable](xs []T, v T) (n int) {
	for _, x := range xs {
		if x == v {
			n++
		}
	}
	return
}

type Labeler interface {
	~struct{ name string } | ~struct {
		name string
		n    int
	}
}

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

func SortedKeys[M ~map[K]V, K Ordered, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

type Stack[T fmt.Stringer] []T

func (s Stack[T]) String() string {
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = v.String()
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func main() {
	fmt.Println(Largest([]Sq{{1}, {3}, {2}}))
	fmt.Println(Largest([]Rect{{1, 2}, {2, 2}, {3, 0.5}}))
	fmt.Println(Count([]Rect{{1, 2}, {1, 2}, {2, 1}}, Rect{1, 2}))
	fmt.Println(SortedKeys(map[string]int{"b": 1, "a": 2, "c": 3}))
	type Grades map[float64]string
	fmt.Println(SortedKeys(Grades{3.5: "B", 1.0: "D", 4.0: "A"}))
	s := Stack[Tag]{"go", "py"}
	fmt.Println(s)
	fmt.Printf("%v %s %d\n", s, s, len(s))
}
