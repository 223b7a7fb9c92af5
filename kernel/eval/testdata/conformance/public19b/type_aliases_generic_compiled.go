package main

import (
	"fmt"
	"strings"
	"time"
)

type List[T any] struct{ items []T }

func (l *List[T]) Add(v T) { l.items = append(l.items, v) }
func (l List[T]) Len() int { return len(l.items) }

type IntList = List[int]
type Dur = time.Duration
type Point struct{ X, Y int }
type P = Point
type Builder = strings.Builder

func (p P) Sum() int { return p.X + p.Y }

type Pair[A, B any] = struct {
	First  A
	Second B
}

type Matrix = [][]float64
type Callback = func(string) int
type StrMap[V any] = map[string]V

func apply(cb Callback, s string) int { return cb(s) }

func main() {
	var il IntList
	il.Add(1)
	il.Add(2)
	fmt.Printf("%T %v %d\n", il, il, il.Len())
	var d Dur = 1500 * time.Millisecond
	fmt.Printf("%T %v\n", d, d)
	p := P{1, 2}
	fmt.Printf("%T %v %d\n", p, p, p.Sum())
	var pt Point = p
	fmt.Println(pt.Sum())
	var b Builder
	b.WriteString("alias builder")
	fmt.Printf("%T %s\n", &b, b.String())
	pr := Pair[string, int]{"a", 1}
	fmt.Printf("%T %+v\n", pr, pr)
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Printf("%T %v\n", m, m)
	fmt.Println(apply(func(s string) int { return strings.Count(s, "e") }, "cheese"), apply(func(s string) int { return len(s) }, "abc"))
	var cb Callback = func(s string) int { return 0 }
	fmt.Printf("%T\n", cb)
	sm := StrMap[[]int]{"x": {1}}
	fmt.Printf("%T %v\n", sm, sm)
	type local = map[Point]string
	lm := local{{1, 1}: "one"}
	fmt.Printf("%T %v\n", lm, lm)
	var x any = il
	_, ok := x.(List[int])
	fmt.Println(ok)
	switch v := x.(type) {
	case IntList:
		fmt.Println("IntList", v.Len())
	}
}
