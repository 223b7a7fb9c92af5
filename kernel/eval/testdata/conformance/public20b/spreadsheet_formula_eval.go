package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type Sheet struct {
	raw   map[string]string
	cache map[string]float64
	busy  map[string]bool
}

var ErrCycle = errors.New("cycle")

type parser struct {
	toks []string
	pos  int
	s    *Sheet
}

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case strings.ContainsRune("+-*/(),:", c):
			toks = append(toks, string(c))
			i++
		default:
			j := i
			for j < len(s) && (unicode.IsLetter(rune(s[j])) || unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			if j == i {
				j = i + 1
			}
			toks = append(toks, strings.ToUpper(s[i:j]))
			i = j
		}
	}
	return toks
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}
func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil && (p.peek() == "+" || p.peek() == "-") {
		op := p.next()
		var r float64
		r, err = p.term()
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v, err
}

func (p *parser) term() (float64, error) {
	v, err := p.factor()
	for err == nil && (p.peek() == "*" || p.peek() == "/") {
		op := p.next()
		var r float64
		r, err = p.factor()
		if err != nil {
			break
		}
		if op == "*" {
			v *= r
		} else {
			if r == 0 {
				return 0, errors.New("#DIV/0")
			}
			v /= r
		}
	}
	return v, err
}

func cellRange(a, b string) []string {
	var out []string
	for c := a[0]; c <= b[0]; c++ {
		r1, _ := strconv.Atoi(a[1:])
		r2, _ := strconv.Atoi(b[1:])
		for r := r1; r <= r2; r++ {
			out = append(out, fmt.Sprintf("%c%d", c, r))
		}
	}
	return out
}

func (p *parser) factor() (float64, error) {
	t := p.next()
	switch {
	case t == "(":
		v, err := p.expr()
		if p.next() != ")" {
			return 0, errors.New("missing )")
		}
		return v, err
	case t == "-":
		v, err := p.factor()
		return -v, err
	case t == "SUM" || t == "MAX":
		if p.next() != "(" {
			return 0, errors.New("expected (")
		}
		a := p.next()
		if p.next() != ":" {
			return 0, errors.New("expected :")
		}
		b := p.next()
		p.next()
		acc := 0.0
		for i, c := range cellRange(a, b) {
			v, err := p.s.Value(c)
			if err != nil {
				return 0, err
			}
			if t == "SUM" {
				acc += v
			} else if i == 0 || v > acc {
				acc = v
			}
		}
		return acc, nil
	case t != "" && unicode.IsLetter(rune(t[0])):
		return p.s.Value(t)
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return 0, fmt.Errorf("bad token %q", t)
	}
	return v, nil
}

func (s *Sheet) Value(cell string) (float64, error) {
	if v, ok := s.cache[cell]; ok {
		return v, nil
	}
	if s.busy[cell] {
		return 0, fmt.Errorf("%s: %w", cell, ErrCycle)
	}
	raw, ok := s.raw[cell]
	if !ok {
		return 0, nil
	}
	s.busy[cell] = true
	defer delete(s.busy, cell)
	var v float64
	var err error
	if strings.HasPrefix(raw, "=") {
		p := &parser{toks: tokenize(raw[1:]), s: s}
		v, err = p.expr()
		if err == nil && p.pos < len(p.toks) {
			err = fmt.Errorf("trailing %q", p.toks[p.pos])
		}
	} else {
		v, err = strconv.ParseFloat(raw, 64)
	}
	if err != nil {
		return 0, err
	}
	s.cache[cell] = v
	return v, nil
}

func main() {
	s := &Sheet{raw: map[string]string{
		"A1": "10", "A2": "20", "A3": "30.5",
		"B1": "=A1*2", "B2": "=(A1+A2)/2", "B3": "=SUM(A1:A3)",
		"C1": "=B3 - max(A1:A3) * 2", "C2": "=C3+1", "C3": "=C2+1",
		"D1": "=A1/(A2-20)", "D2": "=1 +", "D3": "=-B1 + E9",
		"E1": "=SUM(A1:B3)",
	}, cache: map[string]float64{}, busy: map[string]bool{}}
	cells := make([]string, 0, len(s.raw))
	for c := range s.raw {
		cells = append(cells, c)
	}
	sort.Strings(cells)
	for _, c := range cells {
		v, err := s.Value(c)
		if err != nil {
			fmt.Printf("%s %-22q error: %v (cycle=%v)\n", c, s.raw[c], err, errors.Is(err, ErrCycle))
			continue
		}
		fmt.Printf("%s %-22q = %g\n", c, s.raw[c], v)
	}
}
