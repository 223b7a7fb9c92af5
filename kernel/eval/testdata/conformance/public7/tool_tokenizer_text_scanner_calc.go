package main

import (
	"fmt"
	"strconv"
	"strings"
	"text/scanner"
)

type Parser struct {
	s   scanner.Scanner
	tok rune
	err error
}

func NewParser(src string) *Parser {
	p := &Parser{}
	p.s.Init(strings.NewReader(src))
	p.s.Mode = scanner.ScanIdents | scanner.ScanInts | scanner.ScanFloats
	p.s.Error = func(s *scanner.Scanner, msg string) { p.err = fmt.Errorf("%s: %s", s.Position, msg) }
	p.next()
	return p
}

func (p *Parser) next() { p.tok = p.s.Scan() }

func (p *Parser) fail(format string, args ...any) {
	if p.err == nil {
		p.err = fmt.Errorf("col %d: %s", p.s.Position.Column, fmt.Sprintf(format, args...))
	}
}

// expr = term { (+|-) term }
func (p *Parser) expr(vars map[string]float64) float64 {
	v := p.term(vars)
	for p.tok == '+' || p.tok == '-' {
		op := p.tok
		p.next()
		r := p.term(vars)
		if op == '+' {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func (p *Parser) term(vars map[string]float64) float64 {
	v := p.factor(vars)
	for p.tok == '*' || p.tok == '/' || p.tok == '%' {
		op := p.tok
		p.next()
		r := p.factor(vars)
		switch op {
		case '*':
			v *= r
		case '/':
			if r == 0 {
				p.fail("division by zero")
				return 0
			}
			v /= r
		case '%':
			v = float64(int(v) % int(r))
		}
	}
	return v
}

func (p *Parser) factor(vars map[string]float64) float64 {
	switch p.tok {
	case scanner.Int, scanner.Float:
		f, _ := strconv.ParseFloat(p.s.TokenText(), 64)
		p.next()
		return f
	case scanner.Ident:
		name := p.s.TokenText()
		p.next()
		v, ok := vars[name]
		if !ok {
			p.fail("undefined %q", name)
		}
		return v
	case '(':
		p.next()
		v := p.expr(vars)
		if p.tok != ')' {
			p.fail("expected ')', got %s", scanner.TokenString(p.tok))
		}
		p.next()
		return v
	case '-':
		p.next()
		return -p.factor(vars)
	}
	p.fail("unexpected %s", scanner.TokenString(p.tok))
	p.next()
	return 0
}

func eval(src string, vars map[string]float64) (float64, error) {
	p := NewParser(src)
	v := p.expr(vars)
	if p.err == nil && p.tok != scanner.EOF {
		p.fail("trailing %s", scanner.TokenString(p.tok))
	}
	return v, p.err
}

func main() {
	vars := map[string]float64{"pi": 3.14159, "r": 2, "n": 7}
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "pi * r * r", "n % 4 + -r", "2.5e1 / (n - 2)", "1 / (r - 2)", "x + 1", "(1 + 2", "3 4", "* 2"} {
		v, err := eval(src, vars)
		if err != nil {
			fmt.Printf("%-16s error: %v\n", src, err)
			continue
		}
		fmt.Printf("%-16s = %g\n", src, v)
	}
}
