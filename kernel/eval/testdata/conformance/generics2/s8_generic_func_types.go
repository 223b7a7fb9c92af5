package main

import (
	"fmt"
	"strings"
)

// Generic func types with methods, and generic map and chan types with
// methods.

type Pred[T any] func(T) bool

func (p Pred[T]) And(q Pred[T]) Pred[T] { return func(x T) bool { return p(x) && q(x) } }
func (p Pred[T]) Not() Pred[T]          { return func(x T) bool { return !p(x) } }

func Filter[T any](xs []T, p Pred[T]) []T {
	var out []T
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)      { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Inter(o Set[T]) Set[T] {
	r := Set[T]{}
	for x := range s {
		if o.Has(x) {
			r.Add(x)
		}
	}
	return r
}

type Pipe[T any] chan T

func (p Pipe[T]) Send(xs ...T) {
	for _, x := range xs {
		p <- x
	}
	close(p)
}

func (p Pipe[T]) Collect() []T {
	var out []T
	for x := range p {
		out = append(out, x)
	}
	return out
}

func main() {
	even := Pred[int](func(n int) bool { return n%2 == 0 })
	big := Pred[int](func(n int) bool { return n > 3 })
	fmt.Println(Filter([]int{1, 2, 3, 4, 5, 6}, even.And(big)), Filter([]int{1, 2, 3}, even.Not()))
	short := Pred[string](func(s string) bool { return len(s) < 3 })
	fmt.Println(Filter(strings.Fields("a bb ccc dddd"), short.Not()))
	a, b := SetOf(1, 2, 3), SetOf(2, 3, 4)
	i := a.Inter(b)
	fmt.Println(len(i), i.Has(2), i.Has(1), len(SetOf[string]()))
	p := make(Pipe[string], 3)
	go p.Send("x", "y", "z")
	fmt.Println(p.Collect())
}
