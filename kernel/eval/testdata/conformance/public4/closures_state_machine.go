package main

import (
	"fmt"
	"strings"
	"unicode"
)

type stateFn func(*lexer) stateFn

type token struct {
	kind string
	val  string
}

type lexer struct {
	input string
	start int
	pos   int
	toks  []token
}

func (l *lexer) emit(kind string) {
	l.toks = append(l.toks, token{kind, l.input[l.start:l.pos]})
	l.start = l.pos
}

func lexAny(l *lexer) stateFn {
	if l.pos >= len(l.input) {
		return nil
	}
	c := rune(l.input[l.pos])
	switch {
	case unicode.IsSpace(c):
		l.pos++
		l.start = l.pos
		return lexAny
	case unicode.IsDigit(c):
		return lexNumber
	case unicode.IsLetter(c):
		return lexIdent
	default:
		l.pos++
		l.emit("op")
		return lexAny
	}
}

func lexNumber(l *lexer) stateFn {
	for l.pos < len(l.input) && (unicode.IsDigit(rune(l.input[l.pos])) || l.input[l.pos] == '.') {
		l.pos++
	}
	l.emit("num")
	return lexAny
}

func lexIdent(l *lexer) stateFn {
	for l.pos < len(l.input) && unicode.IsLetter(rune(l.input[l.pos])) {
		l.pos++
	}
	l.emit("ident")
	return lexAny
}

func lex(s string) []token {
	l := &lexer{input: s}
	for st := stateFn(lexAny); st != nil; {
		st = st(l)
	}
	return l.toks
}

type middleware func(func(string) string) func(string) string

func chain(h func(string) string, ms ...middleware) func(string) string {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func tag(name string) middleware {
	return func(next func(string) string) func(string) string {
		return func(s string) string { return name + "(" + next(s) + ")" }
	}
}

func main() {
	for _, t := range lex("x = 3.14 * (radius + 2)") {
		fmt.Printf("%s:%q ", t.kind, t.val)
	}
	fmt.Println()
	fmt.Printf("%v\n", lex("a1"))
	h := chain(strings.ToUpper, tag("log"), tag("auth"))
	fmt.Println(h("req"))
	var fs []stateFn
	fs = append(fs, lexAny, nil)
	fmt.Println(fs[0] != nil, fs[1] == nil)
}
