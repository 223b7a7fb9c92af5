package main

import "fmt"

type stateFn func(*lexer) stateFn

type lexer struct {
	input string
	pos   int
	out   []string
}

func lexText(l *lexer) stateFn {
	start := l.pos
	for l.pos < len(l.input) && l.input[l.pos] != '{' {
		l.pos++
	}
	if l.pos > start {
		l.out = append(l.out, "TEXT("+l.input[start:l.pos]+")")
	}
	if l.pos >= len(l.input) {
		return nil
	}
	return lexAction
}

func lexAction(l *lexer) stateFn {
	start := l.pos
	for l.pos < len(l.input) && l.input[l.pos] != '}' {
		l.pos++
	}
	l.pos++
	l.out = append(l.out, "ACTION"+l.input[start:l.pos])
	return lexText
}

func main() {
	l := &lexer{input: "hello {name}, you are {age} years"}
	for state := stateFn(lexText); state != nil; {
		state = state(l)
	}
	fmt.Println(l.out)
}
