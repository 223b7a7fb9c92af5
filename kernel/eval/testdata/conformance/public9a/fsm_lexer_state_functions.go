package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A lexer in the style of state functions: each state returns the next.

type itemType int

const (
	itemError itemType = iota
	itemEOF
	itemIdent
	itemNumber
	itemString
	itemOp
)

func (t itemType) String() string {
	return [...]string{"ERR", "EOF", "IDENT", "NUM", "STR", "OP"}[t]
}

type item struct {
	typ itemType
	val string
	pos int
}

func (i item) String() string {
	if i.typ == itemEOF {
		return "EOF"
	}
	return fmt.Sprintf("%v(%q)@%d", i.typ, i.val, i.pos)
}

type lexer struct {
	input string
	start int
	pos   int
	width int
	items []item
}

type stateFn func(*lexer) stateFn

const eof = -1

func (l *lexer) next() rune {
	if l.pos >= len(l.input) {
		l.width = 0
		return eof
	}
	r, w := utf8.DecodeRuneInString(l.input[l.pos:])
	l.width = w
	l.pos += w
	return r
}

func (l *lexer) backup()    { l.pos -= l.width }
func (l *lexer) ignore()    { l.start = l.pos }
func (l *lexer) peek() rune { r := l.next(); l.backup(); return r }
func (l *lexer) emit(t itemType) {
	l.items = append(l.items, item{t, l.input[l.start:l.pos], l.start})
	l.start = l.pos
}

func (l *lexer) errorf(format string, args ...any) stateFn {
	l.items = append(l.items, item{itemError, fmt.Sprintf(format, args...), l.start})
	return nil
}

func lexAny(l *lexer) stateFn {
	switch r := l.next(); {
	case r == eof:
		l.emit(itemEOF)
		return nil
	case unicode.IsSpace(r):
		l.ignore()
		return lexAny
	case r == '"':
		return lexString
	case unicode.IsDigit(r):
		l.backup()
		return lexNumber
	case unicode.IsLetter(r) || r == '_':
		return lexIdent
	case strings.ContainsRune("+-*/=<>!(){}", r):
		if n := l.peek(); (r == '=' || r == '!' || r == '<' || r == '>') && n == '=' {
			l.next()
		}
		l.emit(itemOp)
		return lexAny
	default:
		return l.errorf("unexpected %q", r)
	}
}

func lexIdent(l *lexer) stateFn {
	for {
		r := l.next()
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_') {
			l.backup()
			break
		}
	}
	l.emit(itemIdent)
	return lexAny
}

func lexNumber(l *lexer) stateFn {
	digits := "0123456789"
	if strings.HasPrefix(l.input[l.pos:], "0x") {
		l.pos += 2
		digits = "0123456789abcdefABCDEF"
	}
	for strings.ContainsRune(digits, l.peek()) && l.peek() != eof {
		l.next()
	}
	if l.peek() == '.' {
		l.next()
		for unicode.IsDigit(l.peek()) {
			l.next()
		}
	}
	if r := l.peek(); unicode.IsLetter(r) {
		l.next()
		return l.errorf("bad number syntax: %q", l.input[l.start:l.pos])
	}
	l.emit(itemNumber)
	return lexAny
}

func lexString(l *lexer) stateFn {
	for {
		switch l.next() {
		case '\\':
			if r := l.next(); r == eof {
				return l.errorf("unterminated string")
			}
		case '"':
			l.emit(itemString)
			return lexAny
		case eof, '\n':
			return l.errorf("unterminated string")
		}
	}
}

func lex(s string) []item {
	l := &lexer{input: s}
	for state := stateFn(lexAny); state != nil; {
		state = state(l)
	}
	return l.items
}

func main() {
	for _, src := range []string{
		`x := 0x1F + 3.25 * count_2`,
		`if a >= b { print("héllo \"w\"") }`,
		`name = "unterminated`,
		`9abc`,
		`ok != 变量 @`,
		``,
	} {
		fmt.Println(lex(src))
	}
}
