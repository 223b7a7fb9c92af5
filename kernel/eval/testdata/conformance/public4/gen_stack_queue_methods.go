package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best = x
		}
	}
	return
}

func main() {
	var s Stack[string]
	for _, w := range strings.Fields("alpha beta gamma") {
		s.Push(w)
	}
	fmt.Println(s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	ps := []Pair[string, int]{{"a", 3}, {"b", 9}, {"c", 4}}
	fmt.Println(ps)
	fmt.Println(MaxBy(ps, func(p Pair[string, int]) int { return p.Val }))
	fmt.Printf("%v %+v %T\n", ps[0], ps[1], ps[2])
	var is Stack[int]
	_, ok := is.Pop()
	fmt.Println(ok, is)
}
