package main

import (
	"fmt"
	"iter"
	"strings"
)

type list struct {
	items []string
}

func (l *list) All() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, s := range l.items {
			if !yield(i, s) {
				return
			}
		}
	}
}

func (l *list) Upper() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, s := range l.items {
			if !yield(strings.ToUpper(s)) {
				return
			}
		}
	}
}

func fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func take[V any](seq iter.Seq[V], n int) iter.Seq[V] {
	return func(yield func(V) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func main() {
	l := &list{items: []string{"x", "y", "z"}}
	for i, s := range l.All() {
		fmt.Println(i, s)
	}
	for s := range l.Upper() {
		if s == "Z" {
			break
		}
		fmt.Print(s, " ")
	}
	fmt.Println()
	for v := range take(fib(), 10) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	next, stop := iter.Pull(fib())
	for i := 0; i < 5; i++ {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	stop()
	v, ok := next()
	fmt.Println(v, ok)
	next2, stop2 := iter.Pull2(l.All())
	defer stop2()
	for {
		i, s, ok := next2()
		if !ok {
			break
		}
		fmt.Print(i, "=", s, " ")
	}
	fmt.Println()
}
