// A conversion to an instance of a generic type of several type
// parameters (Matrix[int, []int](rows)), in plain and generic code, and
// such an instance given as an explicit type argument.
package main

import "fmt"

type Matrix[E any, R ~[]E] []R

func (m Matrix[E, R]) Rows() int { return len(m) }

type Entry[K comparable, V any] struct {
	Key K
	Val V
}

type Sized[E any] interface {
	~[]E
	Rows() int
}

func rowsOf[E any, S Sized[E]](s S) int { return s.Rows() + len(s) }

func asMatrix[E any](rows [][]E) Matrix[E, []E] { return Matrix[E, []E](rows) }

func total[E any](rows [][]E) int {
	return rowsOf[[]E, Matrix[E, []E]](Matrix[E, []E](rows))
}

func main() {
	rows := [][]int{{1, 2}, {3}}
	m := Matrix[int, []int](rows)
	fmt.Println(m, m.Rows())
	e := Entry[string, int](struct {
		Key string
		Val int
	}{"a", 1})
	fmt.Printf("%+v\n", e)
	fmt.Println(asMatrix([][]string{{"x"}}).Rows(), total(rows))
}
