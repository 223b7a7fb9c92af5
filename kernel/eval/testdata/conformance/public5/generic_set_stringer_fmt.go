package main

import (
	"fmt"
	"slices"
	"strings"
)

type Bag[T comparable] map[T]int

func (b Bag[T]) Add(xs ...T) Bag[T] {
	for _, x := range xs {
		b[x]++
	}
	return b
}

func (b Bag[T]) String() string {
	parts := make([]string, 0, len(b))
	for k, n := range b {
		parts = append(parts, fmt.Sprintf("%v×%d", k, n))
	}
	slices.Sort(parts)
	return "Bag(" + strings.Join(parts, " ") + ")"
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) String() string {
	return fmt.Sprintf("Stack%v", s.items)
}

func main() {
	b := Bag[string]{}
	b.Add("a", "b", "a")
	fmt.Println(b)
	fmt.Println(Bag[int]{}.Add(3, 3, 1))
	fmt.Printf("%v %s\n", b, b)
	s := &Stack[float64]{}
	s.Push(1.5)
	s.Push(2)
	fmt.Println(s)
	fmt.Println([]fmt.Stringer{b, s})
}
