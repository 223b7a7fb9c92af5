package main

import (
	"fmt"
	"strings"
	"unicode"
)

// The lexer of Rob Pike's talk "Lexical Scanning in Go": the state is a
// field of the lexer, and the items go through a channel.

type itemType int

const (
	itemError itemType = iota
	itemText
	itemNumber
	itemWord
	itemEOF
)

type item struct {
	typ itemType
	val string
}

func (i item) String() string {
	switch i.typ {
	case itemEOF:
		return "EOF"
	case itemError:
		return "error: " + i.val
	}
	return fmt.Sprintf("%d:%q", i.typ, i.val)
}

type stateFn func(*lexer) stateFn

type lexer struct {
	input string
	start int
	pos   int
	state stateFn
	items chan item
}

func lex(input string) *lexer {
	l := &lexer{input: input, items: make(chan item)}
	go l.run()
	return l
}

func (l *lexer) run() {
	for l.state = lexAny; l.state != nil; {
		l.state = l.state(l)
	}
	close(l.items)
}

func (l *lexer) emit(t itemType) {
	l.items <- item{t, l.input[l.start:l.pos]}
	l.start = l.pos
}

func (l *lexer) errorf(format string, args ...any) stateFn {
	l.items <- item{itemError, fmt.Sprintf(format, args...)}
	return nil
}

func lexAny(l *lexer) stateFn {
	for l.pos < len(l.input) && l.input[l.pos] == ' ' {
		l.pos++
	}
	l.start = l.pos
	if l.pos >= len(l.input) {
		l.emit(itemEOF)
		return nil
	}
	r := rune(l.input[l.pos])
	switch {
	case unicode.IsDigit(r):
		return lexNumber
	case unicode.IsLetter(r):
		return lexWord
	}
	return l.errorf("bad character %q at %d", r, l.pos)
}

func lexNumber(l *lexer) stateFn {
	for l.pos < len(l.input) && unicode.IsDigit(rune(l.input[l.pos])) {
		l.pos++
	}
	l.emit(itemNumber)
	return lexAny
}

func lexWord(l *lexer) stateFn {
	for l.pos < len(l.input) && unicode.IsLetter(rune(l.input[l.pos])) {
		l.pos++
	}
	l.emit(itemWord)
	return lexAny
}

func main() {
	for _, in := range []string{"abc 12 de 3", "x 1 ?"} {
		var out []string
		for it := range lex(in).items {
			out = append(out, it.String())
		}
		fmt.Println(strings.Join(out, " | "))
	}
	var s stateFn = lexWord
	fmt.Println(s != nil)
}
