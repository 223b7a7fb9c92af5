package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 {
				return
			}
			if !yield(x, y) {
				return
			}
		}
	}
}

func Count(start int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type Lexer struct{ src string }

func (l Lexer) Tokens() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		start := -1
		for i, r := range l.src + " " {
			if r == ' ' || r == ',' {
				if start >= 0 {
					if !yield(start, l.src[start:i]) {
						return
					}
					start = -1
				}
				continue
			}
			if start < 0 {
				start = i
			}
		}
	}
}

func main() {
	names := slices.Values([]string{"ann", "bob", "cy"})
	for i, n := range Zip(Count(1), names) {
		fmt.Printf("%d:%s ", i, n)
	}
	fmt.Println()

	next, stop := iter.Pull2(Lexer{"let x, y = 10 , 20"}.Tokens())
	for {
		pos, tok, ok := next()
		if !ok {
			break
		}
		fmt.Printf("[%d %q]", pos, tok)
		if tok == "=" {
			stop()
		}
	}
	fmt.Println()
	pos, tok, ok := next()
	fmt.Println(pos, tok, ok)

	// pulling from a map-backed sequence, sorted first
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	keys := slices.Sorted(maps.Keys(m))
	nk, sk := iter.Pull(slices.Values(keys))
	defer sk()
	for k, ok := nk(); ok; k, ok = nk() {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()

	// a pull that is stopped early runs the defer inside the generator
	var log []string
	gen := func(yield func(int) bool) {
		defer func() { log = append(log, "cleanup") }()
		for i := range 100 {
			if !yield(i) {
				log = append(log, fmt.Sprint("stopped at ", i))
				return
			}
		}
	}
	n2, s2 := iter.Pull(gen)
	a, _ := n2()
	b, _ := n2()
	s2()
	s2()
	c, okc := n2()
	fmt.Println(a, b, c, okc, strings.Join(log, "; "))
}
