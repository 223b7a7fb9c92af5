package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Node interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Node
}
type Call struct {
	Fn   string
	Args []Node
}

var ErrDivZero = errors.New("division by zero")

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) Eval(env map[string]float64) (float64, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("undefined: %s", string(v))
	}
	return x, nil
}
func (v Var) String() string { return string(v) }
func (b *Bin) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, fmt.Errorf("eval %v: %w", b, ErrDivZero)
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}
func (b *Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}
func (c Call) Eval(env map[string]float64) (float64, error) {
	var vals []float64
	for _, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, err
		}
		vals = append(vals, v)
	}
	switch c.Fn {
	case "max":
		m := vals[0]
		for _, v := range vals[1:] {
			m = max(m, v)
		}
		return m, nil
	case "neg":
		return -vals[0], nil
	}
	return 0, fmt.Errorf("unknown func %q", c.Fn)
}
func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

type parser struct {
	toks []string
	pos  int
}

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(s) && unicode.IsLetter(rune(s[j])) {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		default:
			toks = append(toks, string(c))
			i++
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

func (p *parser) expr() Node {
	n := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.next()[0]
		n = &Bin{op, n, p.term()}
	}
	return n
}
func (p *parser) term() Node {
	n := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		op := p.next()[0]
		n = &Bin{op, n, p.factor()}
	}
	return n
}
func (p *parser) factor() Node {
	t := p.next()
	switch {
	case t == "(":
		n := p.expr()
		p.next()
		return n
	case t != "" && unicode.IsDigit(rune(t[0])):
		f, _ := strconv.ParseFloat(t, 64)
		return Num(f)
	case p.peek() == "(":
		p.next()
		c := Call{Fn: t}
		for p.peek() != ")" {
			c.Args = append(c.Args, p.expr())
			if p.peek() == "," {
				p.next()
			}
		}
		p.next()
		return c
	}
	return Var(t)
}

func main() {
	env := map[string]float64{"x": 3, "y": 0.5}
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "x * x - y", "max(1, x, 2) / y", "neg(x) + z", "10 / (x - 3)", "foo(1)", "2.5 * 4"} {
		p := &parser{toks: tokenize(src)}
		n := p.expr()
		v, err := n.Eval(env)
		fmt.Printf("%-18s %-28v %v %v %v\n", src, n, v, err, errors.Is(err, ErrDivZero))
	}
	var n Node = Num(1)
	_, isBin := n.(*Bin)
	fmt.Printf("%T %T %v\n", n, Node(Var("q")), isBin)
}
