package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Token struct {
	Kind string
	Text string
}

func lex(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
	i := 0
start:
	if i >= len(rs) {
		goto done
	}
	switch r := rs[i]; {
	case unicode.IsSpace(r):
		i++
		goto start
	case unicode.IsDigit(r):
		goto number
	case unicode.IsLetter(r) || r == '_':
		goto ident
	case strings.ContainsRune("+-*/()=", r):
		toks = append(toks, Token{"op", string(r)})
		i++
		goto start
	case r == '"':
		goto str
	default:
		return toks, fmt.Errorf("unexpected %q at %d", r, i)
	}
number:
	{
		j := i
		for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
			j++
		}
		toks = append(toks, Token{"num", string(rs[i:j])})
		i = j
		goto start
	}
ident:
	{
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '_') {
			j++
		}
		toks = append(toks, Token{"ident", string(rs[i:j])})
		i = j
		goto start
	}
str:
	{
		j := i + 1
		for j < len(rs) && rs[j] != '"' {
			j++
		}
		if j >= len(rs) {
			return toks, fmt.Errorf("unterminated string at %d", i)
		}
		toks = append(toks, Token{"str", string(rs[i+1 : j])})
		i = j + 1
		goto start
	}
done:
	return toks, nil
}

func main() {
	for _, src := range []string{`x = 3.14 * (r_1 + 2)`, `name = "héllo wörld"`, `a $ b`, `s = "open`, ``} {
		toks, err := lex(src)
		var parts []string
		for _, t := range toks {
			parts = append(parts, t.Kind+":"+t.Text)
		}
		fmt.Printf("%-24q %v %v\n", src, parts, err)
	}
}
