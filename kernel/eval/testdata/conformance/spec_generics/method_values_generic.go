package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s Stack[T]) Len() int  { return len(s.items) }

type Acc[T int | float64] struct{ sum T }

func (a *Acc[T]) Add(x T) T { a.sum += x; return a.sum }

func ForEach[T any](xs []T, f func(T)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	var s Stack[string]
	push := s.Push
	ForEach([]string{"a", "b", "c"}, push)
	length := s.Len
	s.Push("d")
	fmt.Println(s.items, length(), s.Len())
	a := &Acc[float64]{}
	add := a.Add
	ForEach([]float64{1.5, 2}, func(x float64) { add(x) })
	fmt.Println(a.sum)
	fmt.Println((*Acc[float64]).Add(a, 1))
	f := Stack[int].Len
	fmt.Println(f(Stack[int]{items: []int{1, 2}}))
}
