package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
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
func (s *Stack[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := len(s.items) - 1; i >= 0; i-- {
			if !yield(len(s.items)-1-i, s.items[i]) {
				return
			}
		}
	}
}

type Pusher[T any] interface{ Push(T) }

func PushAll[T any](p Pusher[T], vs ...T) {
	for _, v := range vs {
		p.Push(v)
	}
}

type Registry[K comparable, V any] map[K]V

func (r Registry[K, V]) Register(k K, v V) Registry[K, V] { r[k] = v; return r }
func (r Registry[K, V]) Entries() iter.Seq2[K, V]         { return maps.All(r) }

func apply[T any](fs []func(T), v T) {
	for _, f := range fs {
		f(v)
	}
}

func main() {
	s := &Stack[string]{}
	push := s.Push
	push("a")
	push("b")
	PushAll[string](s, "c", "d")
	fs := []func(string){s.Push, func(x string) { s.Push(strings.ToUpper(x)) }}
	apply(fs, "e")
	for i, v := range s.All() {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	pop := s.Pop
	v, ok := pop()
	fmt.Println(v, ok, len(s.items))
	pushMethod := (*Stack[int]).Push
	is := &Stack[int]{}
	pushMethod(is, 42)
	pushMethod(is, 7)
	fmt.Println(is.items)
	var p Pusher[int] = is
	p.Push(1)
	fmt.Println(slices.Collect(func(yield func(int) bool) {
		for _, x := range is.All() {
			if !yield(x) {
				return
			}
		}
	}))
	reg := Registry[string, func(int) int]{}
	reg.Register("double", func(x int) int { return x * 2 }).Register("square", func(x int) int { return x * x })
	names := slices.Sorted(maps.Keys(reg))
	for _, n := range names {
		fmt.Print(n, ":", reg[n](9), " ")
	}
	fmt.Println()
	count := 0
	for k := range reg.Entries() {
		_ = k
		count++
	}
	fmt.Println(count)
	fmt.Printf("%T %T\n", push, pushMethod)
}
