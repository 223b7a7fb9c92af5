package main

import (
	"fmt"
	"strings"
)

type Matrix[T int | float64] [][]T

func (m Matrix[T]) Format(s fmt.State, verb rune) {
	prec, hasPrec := s.Precision()
	var rows []string
	for _, r := range m {
		cells := make([]string, len(r))
		for i, v := range r {
			if hasPrec {
				cells[i] = fmt.Sprintf("%.*f", prec, float64(v))
			} else {
				cells[i] = fmt.Sprint(v)
			}
		}
		rows = append(rows, strings.Join(cells, " "))
	}
	if s.Flag('#') {
		fmt.Fprintf(s, "Matrix%dx%d", len(m), len(m[0]))
		return
	}
	fmt.Fprint(s, "["+strings.Join(rows, "; ")+"]")
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

func main() {
	m := Matrix[float64]{{1, 2.5}, {3, 4}}
	fmt.Printf("%v|%.2v|%#v|%s\n", m, m, m, Matrix[int]{{1}})
	fmt.Println(m, []Matrix[int]{{{1, 2}}, {{3}}})
	fmt.Println(Some(3), Opt[string]{}, Some(Some("x")), []Opt[int]{Some(1), {}})
	fmt.Printf("%v %s %+v %T\n", Some(1.5), Some("s"), Some([]int{1}), Some(1))
	m2 := map[string]Opt[bool]{"a": Some(true), "b": {}}
	fmt.Println(m2)
	fmt.Println(fmt.Sprintf("%8v|%-8v|", Some(1), Opt[int]{}))
}
