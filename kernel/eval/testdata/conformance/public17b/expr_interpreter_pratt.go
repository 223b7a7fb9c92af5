package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

func (k TokenKind) String() string {
	return [...]string{"NUM", "IDENT", "OP", "LPAREN", "RPAREN", "EOF"}[k]
}

type Token struct {
	Kind TokenKind
	Text string
}

func lex(s string) ([]Token, error) {
	var toks []Token
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, string(rs[i:j])})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && unicode.IsLetter(rs[j]) {
				j++
			}
			toks = append(toks, Token{IDENT, string(rs[i:j])})
			i = j
		case strings.ContainsRune("+-*/^", r):
			toks = append(toks, Token{OP, string(r)})
			i++
		case r == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case r == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", r, i)
		}
	}
	return append(toks, Token{Kind: EOF}), nil
}

type Parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

func (p *Parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }
func (p *Parser) peek() Token { return p.toks[p.pos] }

func (p *Parser) expr(minPrec int) (float64, error) {
	lhs, err := p.atom()
	if err != nil {
		return 0, err
	}
	for {
		t := p.peek()
		if t.Kind != OP || prec[t.Text] < minPrec {
			return lhs, nil
		}
		p.next()
		nextMin := prec[t.Text] + 1
		if t.Text == "^" {
			nextMin = prec[t.Text]
		}
		rhs, err := p.expr(nextMin)
		if err != nil {
			return 0, err
		}
		switch t.Text {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			if rhs == 0 {
				return 0, fmt.Errorf("division by zero")
			}
			lhs /= rhs
		case "^":
			r := 1.0
			for i := 0; i < int(rhs); i++ {
				r *= lhs
			}
			lhs = r
		}
	}
}

func (p *Parser) atom() (float64, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		return strconv.ParseFloat(t.Text, 64)
	case IDENT:
		v, ok := p.vars[t.Text]
		if !ok {
			return 0, fmt.Errorf("undefined: %s", t.Text)
		}
		return v, nil
	case OP:
		if t.Text == "-" {
			v, err := p.atom()
			return -v, err
		}
	case LPAREN:
		v, err := p.expr(1)
		if err != nil {
			return 0, err
		}
		if p.next().Kind != RPAREN {
			return 0, fmt.Errorf("expected )")
		}
		return v, nil
	}
	return 0, fmt.Errorf("unexpected token %v %q", t.Kind, t.Text)
}

func eval(s string, vars map[string]float64) (float64, error) {
	toks, err := lex(s)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks, vars: vars}
	v, err := p.expr(1)
	if err == nil && p.peek().Kind != EOF {
		err = fmt.Errorf("trailing %v", p.peek().Kind)
	}
	return v, err
}

func main() {
	vars := map[string]float64{"x": 3, "pi": 3.14159}
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * 2 + 10", "pi * x ^ 2", "1 / 0", "y + 1", "3 $ 4", "(1 + 2", "1 2"} {
		v, err := eval(s, vars)
		if err != nil {
			fmt.Printf("%-12s error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-12s = %g\n", s, v)
	}
}
