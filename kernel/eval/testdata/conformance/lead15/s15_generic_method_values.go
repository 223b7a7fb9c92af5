package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func each[T any](xs []T, f func(T)) {
	for _, x := range xs {
		f(x)
	}
}

type Named struct {
	Stack[string]
	name string
}

func main() {
	s := &Stack[int]{}
	push := s.Push
	each([]int{1, 2, 3}, push)
	each([]int{4}, s.Push)
	fmt.Println(s.Len(), s.items)
	pop := (*Stack[int]).Pop
	v, ok := pop(s)
	fmt.Println(v, ok)
	lenf := (*Stack[int]).Len
	fmt.Println(lenf(s))
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	var parts []string
	for _, p := range ps {
		parts = append(parts, p.String())
	}
	fmt.Println(strings.Join(parts, "&"), ps[0])
	str := Pair[int, bool].String
	fmt.Println(str(Pair[int, bool]{7, true}))
	n := &Named{name: "words"}
	n.Push("x")
	n.Push("y")
	w, _ := n.Pop()
	fmt.Println(n.name, w, n.Len())
	var lener interface{ Len() int } = n
	fmt.Println(lener.Len())
}
