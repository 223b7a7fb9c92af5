package main

import (
	"fmt"
	"strings"
	"unicode"
)

type TokenKind int

const (
	EOF TokenKind = iota
	Ident
	Number
	String
	Op
	LParen
	RParen
	Illegal
)

var kindNames = [...]string{"EOF", "Ident", "Number", "String", "Op", "LParen", "RParen", "Illegal"}

func (k TokenKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("TokenKind(%d)", int(k))
}

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%v(%q)@%d", t.Kind, t.Text, t.Pos) }

type Lexer struct {
	src []rune
	pos int
}

func (l *Lexer) peek() rune {
	if l.pos >= len(l.src) {
		return 0
	}
	return l.src[l.pos]
}

func (l *Lexer) Next() Token {
	for unicode.IsSpace(l.peek()) {
		l.pos++
	}
	start := l.pos
	c := l.peek()
	switch {
	case c == 0:
		return Token{EOF, "", start}
	case unicode.IsLetter(c) || c == '_':
		for unicode.IsLetter(l.peek()) || unicode.IsDigit(l.peek()) || l.peek() == '_' {
			l.pos++
		}
		return Token{Ident, string(l.src[start:l.pos]), start}
	case unicode.IsDigit(c):
		for unicode.IsDigit(l.peek()) || l.peek() == '.' {
			l.pos++
		}
		return Token{Number, string(l.src[start:l.pos]), start}
	case c == '"':
		l.pos++
		var sb strings.Builder
		for l.peek() != '"' && l.peek() != 0 {
			if l.peek() == '\\' {
				l.pos++
			}
			sb.WriteRune(l.peek())
			l.pos++
		}
		l.pos++
		return Token{String, sb.String(), start}
	case strings.ContainsRune("+-*/=<>!", c):
		l.pos++
		if l.peek() == '=' {
			l.pos++
		}
		return Token{Op, string(l.src[start:l.pos]), start}
	case c == '(':
		l.pos++
		return Token{LParen, "(", start}
	case c == ')':
		l.pos++
		return Token{RParen, ")", start}
	}
	l.pos++
	return Token{Illegal, string(c), start}
}

func (l *Lexer) All() []Token {
	var out []Token
	for {
		t := l.Next()
		out = append(out, t)
		if t.Kind == EOF {
			return out
		}
	}
}

func main() {
	inputs := []string{
		`x := (alpha_1 + 42.5) * "hé\"llo"`,
		`if a <= b != c { ünï }`,
		``,
	}
	for _, in := range inputs {
		lx := &Lexer{src: []rune(in)}
		toks := lx.All()
		counts := map[TokenKind]int{}
		for _, t := range toks {
			counts[t.Kind]++
			fmt.Print(t, " ")
		}
		fmt.Println()
		for k := EOF; k <= Illegal; k++ {
			if counts[k] > 0 {
				fmt.Printf("%v=%d ", k, counts[k])
			}
		}
		fmt.Println()
	}
	fmt.Println(TokenKind(42), Op)
	fmt.Printf("%d %v %s %x\n", Number, Number, String, RParen)
}
