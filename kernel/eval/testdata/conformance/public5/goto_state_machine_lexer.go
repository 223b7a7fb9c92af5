package main

import (
	"fmt"
	"strings"
	"unicode"
)

type TokKind int

const (
	Ident TokKind = iota
	Number
	Op
	Str
)

func (k TokKind) String() string { return [...]string{"Ident", "Number", "Op", "Str"}[k] }

type Token struct {
	Kind TokKind
	Text string
}

func lex(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
	i := 0
	var start int
next:
	if i >= len(rs) {
		return toks, nil
	}
	if unicode.IsSpace(rs[i]) {
		i++
		goto next
	}
	start = i
	if unicode.IsLetter(rs[i]) || rs[i] == '_' {
		goto ident
	}
	if unicode.IsDigit(rs[i]) {
		goto number
	}
	if rs[i] == '"' {
		i++
		goto str
	}
	if strings.ContainsRune("+-*/=()<>!", rs[i]) {
		i++
		if i < len(rs) && rs[i] == '=' {
			i++
		}
		toks = append(toks, Token{Op, string(rs[start:i])})
		goto next
	}
	return toks, fmt.Errorf("unexpected %q at %d", rs[i], i)
ident:
	for i < len(rs) && (unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i]) || rs[i] == '_') {
		i++
	}
	toks = append(toks, Token{Ident, string(rs[start:i])})
	goto next
number:
	for i < len(rs) && (unicode.IsDigit(rs[i]) || rs[i] == '.') {
		i++
	}
	toks = append(toks, Token{Number, string(rs[start:i])})
	goto next
str:
	for i < len(rs) && rs[i] != '"' {
		if rs[i] == '\\' {
			i++
		}
		i++
	}
	if i >= len(rs) {
		return toks, fmt.Errorf("unterminated string at %d", start)
	}
	i++
	toks = append(toks, Token{Str, string(rs[start:i])})
	goto next
}

func main() {
	for _, src := range []string{
		`x1 = 3.14 * (radius + 2)`,
		`if a >= b != c { }`,
		`s = "he said \"hi\"" + név`,
		`bad "open`,
		`   `,
	} {
		toks, err := lex(src)
		fmt.Printf("%q -> %d tokens, err=%v\n", src, len(toks), err)
		for _, t := range toks {
			fmt.Printf("  %-6v %s\n", t.Kind, t.Text)
		}
	}
}
