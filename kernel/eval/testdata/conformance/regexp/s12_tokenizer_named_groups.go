package main

import (
	"fmt"
	"regexp"
	"strings"
)

type Kind int

const (
	Num Kind = iota
	Ident
	Op
)

func (k Kind) String() string { return [...]string{"Num", "Ident", "Op"}[k] }

type Token struct {
	Kind Kind
	Text string
}

func (t Token) String() string { return fmt.Sprintf("%v(%q)", t.Kind, t.Text) }

var tokRe = regexp.MustCompile(`\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<ident>[A-Za-z_]\w*)|(?P<op>[-+*/()=]))`)

func lex(src string) ([]Token, error) {
	var toks []Token
	names := tokRe.SubexpNames()
	for len(strings.TrimSpace(src)) > 0 {
		m := tokRe.FindStringSubmatchIndex(src)
		if m == nil || m[0] != 0 {
			return toks, fmt.Errorf("lex: bad input at %q", src)
		}
		for g := 1; g < len(names); g++ {
			if m[2*g] >= 0 {
				k := map[string]Kind{"num": Num, "ident": Ident, "op": Op}[names[g]]
				toks = append(toks, Token{k, src[m[2*g]:m[2*g+1]]})
			}
		}
		src = src[m[1]:]
	}
	return toks, nil
}

func main() {
	toks, err := lex("x = 3.5 * (y + 42)")
	fmt.Println(toks, err)
	_, err = lex("a + $")
	fmt.Println(err)
	fmt.Println(tokRe.SubexpIndex("ident"), tokRe.NumSubexp())
	dateRe := regexp.MustCompile(`(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})`)
	tmpl := "$d/$m/$y"
	var out []byte
	src := "from 2024-01-15 to 2024-03-09"
	for _, sm := range dateRe.FindAllStringSubmatchIndex(src, -1) {
		out = dateRe.ExpandString(out, tmpl, src, sm)
		out = append(out, ';')
	}
	fmt.Println(string(out))
	fmt.Println(dateRe.ReplaceAllString(src, "${m}.${d}"))
}
