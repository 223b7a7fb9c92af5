package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (v T, ok bool) {
	if len(s.items) == 0 {
		return v, false
	}
	v, s.items = s.items[len(s.items)-1], s.items[:len(s.items)-1]
	return v, true
}

func Reverse[T any](xs []T) []T {
	out := make([]T, len(xs))
	i, j := 0, len(xs)-1
	for i, j = 0, len(xs)-1; i <= j; i, j = i+1, j-1 {
		out[i], out[j] = xs[j], xs[i]
	}
	return out
}

func Fold[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func tokens(s string) (out []string) {
	start, depth := 0, 0
	get := func() string { return s[start:] }
	for i, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth--
		case r == ',' && depth == 0:
			out = append(out, strings.TrimSpace(s[start:i]))
			start, depth := i+1, depth // the mistake: := declares new variables of the case clause, start is never advanced
			_, _ = start, depth
		}
	}
	_ = get
	return append(out, strings.TrimSpace(s[start:]))
}

func main() {
	var st Stack[string]
	for _, w := range strings.Fields("a b c") {
		st.Push(w)
	}
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(v)
	}
	fmt.Println()
	fmt.Println(Reverse([]int{1, 2, 3, 4, 5}), Reverse([]string{"x"}))
	fmt.Println(Fold([]int{1, 2, 3}, "", func(a string, x int) string { return a + fmt.Sprint(x) }))
	fmt.Println(tokens("f(a, b), g(c), h"))
	var s2 Stack[[2]int]
	s2.Push([2]int{1, 2})
	top, _ := s2.Pop()
	_, ok := s2.Pop()
	fmt.Println(top, ok)
}
