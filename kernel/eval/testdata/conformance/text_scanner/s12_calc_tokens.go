package main

import (
	"fmt"
	"strconv"
	"strings"
	"text/scanner"
)

type Calc struct {
	s    scanner.Scanner
	tok  rune
	vars map[string]float64
	errs []string
}

func NewCalc(src string, vars map[string]float64) *Calc {
	c := &Calc{vars: vars}
	c.s.Init(strings.NewReader(src))
	c.s.Filename = "expr"
	c.s.Error = func(s *scanner.Scanner, msg string) { c.errs = append(c.errs, s.Position.String()+": "+msg) }
	c.next()
	return c
}

func (c *Calc) next() { c.tok = c.s.Scan() }

func (c *Calc) expr() float64 {
	v := c.term()
	for c.tok == '+' || c.tok == '-' {
		op := c.tok
		c.next()
		if op == '+' {
			v += c.term()
		} else {
			v -= c.term()
		}
	}
	return v
}

func (c *Calc) term() float64 {
	v := c.factor()
	for c.tok == '*' || c.tok == '/' {
		op := c.tok
		c.next()
		if op == '*' {
			v *= c.factor()
		} else {
			v /= c.factor()
		}
	}
	return v
}

func (c *Calc) factor() float64 {
	switch c.tok {
	case scanner.Int, scanner.Float:
		f, _ := strconv.ParseFloat(c.s.TokenText(), 64)
		c.next()
		return f
	case scanner.Ident:
		v := c.vars[c.s.TokenText()]
		c.next()
		return v
	case '(':
		c.next()
		v := c.expr()
		c.next()
		return v
	case '-':
		c.next()
		return -c.factor()
	}
	c.errs = append(c.errs, fmt.Sprintf("%s: unexpected %s", c.s.Position, scanner.TokenString(c.tok)))
	c.next()
	return 0
}

func main() {
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * x / 4", "-y * (2.5 - x) // comment", "2 * $", "'a"} {
		c := NewCalc(src, map[string]float64{"x": 10, "y": 3})
		fmt.Println(src, "=", c.expr(), c.errs)
	}
	var s scanner.Scanner
	s.Init(strings.NewReader(`x := "str" + 'c' /* c */ 0x1F 1e3`))
	s.Mode ^= scanner.SkipComments
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%s:%s ", scanner.TokenString(tok), s.TokenText())
	}
	fmt.Println()
}
