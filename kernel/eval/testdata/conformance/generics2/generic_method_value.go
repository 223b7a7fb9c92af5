package main

import (
	"fmt"
	"strings"
)

type Acc[T any] struct {
	items []T
	fmt   func(T) string
}

func (a *Acc[T]) Add(x T) { a.items = append(a.items, x) }

func (a *Acc[T]) Render() string {
	parts := make([]string, len(a.items))
	for i, x := range a.items {
		parts[i] = a.fmt(x)
	}
	return strings.Join(parts, ",")
}

func Each[T any](xs []T, f func(T)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	a := &Acc[int]{fmt: func(n int) string { return fmt.Sprintf("<%d>", n) }}
	add := a.Add
	Each([]int{1, 2, 3}, add)
	Each([]int{4}, a.Add)
	render := a.Render
	a.Add(5)
	fmt.Println(render())
	f := (*Acc[int]).Add
	f(a, 6)
	fmt.Println(len(a.items))
}
