package main

import "fmt"

type List[T any] []T

func (l List[T]) Len() int { return len(l) }

type Ints = List[int]

type Names List[string]

func (n Names) First() string {
	if len(n) == 0 {
		return ""
	}
	return n[0]
}

type Matrix[T any] = [][]T

func Rows[T any](m Matrix[T]) int { return len(m) }

func main() {
	var xs Ints = Ints{1, 2, 3}
	fmt.Printf("%v %d %T\n", xs, xs.Len(), xs)
	ns := Names{"ann", "bob"}
	fmt.Printf("%s %d %T\n", ns.First(), len(ns), ns)
	m := Matrix[float64]{{1, 2}, {3, 4}, {5, 6}}
	fmt.Println(Rows(m), m[2][1])
}
