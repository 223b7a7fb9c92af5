// Generic types defined through themselves in a non-struct type: a state
// function type (type StateFn[T any] func(*T) StateFn[T]) as lexers write
// it, a channel of channels, a slice and a map of themselves.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type StateFn[T any] func(*T) StateFn[T]

type lexer struct {
	input  string
	pos    int
	tokens []string
}

func lexText(l *lexer) StateFn[lexer] {
	start := l.pos
	for l.pos < len(l.input) && unicode.IsLetter(rune(l.input[l.pos])) {
		l.pos++
	}
	if l.pos > start {
		l.tokens = append(l.tokens, "word:"+l.input[start:l.pos])
	}
	if l.pos >= len(l.input) {
		return nil
	}
	return lexOther
}

func lexOther(l *lexer) StateFn[lexer] {
	c := l.input[l.pos]
	l.pos++
	if c != ' ' {
		l.tokens = append(l.tokens, "sym:"+string(c))
	}
	if l.pos >= len(l.input) {
		return nil
	}
	return lexText
}

func Run[T any](v *T, start StateFn[T]) int {
	steps := 0
	for s := start; s != nil; s = s(v) {
		steps++
	}
	return steps
}

type Chan[T any] chan Chan[T]

type Tree[T any] []Tree[T]

func (t Tree[T]) Size() int {
	n := 1
	for _, c := range t {
		n += c.Size()
	}
	return n
}

type Trie[K comparable] map[K]Trie[K]

func (t Trie[K]) Insert(path ...K) {
	for _, k := range path {
		next, ok := t[k]
		if !ok {
			next = Trie[K]{}
			t[k] = next
		}
		t = next
	}
}

func (t Trie[K]) Count() int {
	n := len(t)
	for _, c := range t {
		n += c.Count()
	}
	return n
}

type Gen[T any] func() (T, Gen[T])

func countFrom(n int) Gen[int] {
	return func() (int, Gen[int]) { return n, countFrom(n + 1) }
}

func main() {
	l := &lexer{input: "go is fun, right?"}
	fmt.Println(Run(l, lexText), strings.Join(l.tokens, " "))

	c := make(Chan[int], 1)
	c <- c
	fmt.Println(len(c), <-c == c)

	t := Tree[string]{{}, {{}, {}}}
	fmt.Println(t.Size(), len(t[1]))

	tr := Trie[rune]{}
	tr.Insert([]rune("go")...)
	tr.Insert([]rune("gc")...)
	fmt.Println(tr.Count(), len(tr['g']))

	g := countFrom(5)
	var v int
	for range 3 {
		v, g = g()
	}
	fmt.Println(v)
}
