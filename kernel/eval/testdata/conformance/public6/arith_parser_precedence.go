package main

import (
	"errors"
	"fmt"
	"math"
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
	COMMA
	EOF
)

func (k TokenKind) String() string {
	return [...]string{"NUM", "IDENT", "OP", "(", ")", ",", "EOF"}[k]
}

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
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
			toks = append(toks, Token{NUM, string(rs[i:j]), i})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
				j++
			}
			toks = append(toks, Token{IDENT, string(rs[i:j]), i})
			i = j
		case strings.ContainsRune("+-*/^%", r):
			toks = append(toks, Token{OP, string(r), i})
			i++
		case r == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case r == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		case r == ',':
			toks = append(toks, Token{COMMA, ",", i})
			i++
		default:
			return nil, fmt.Errorf("pos %d: unexpected %q", i, r)
		}
	}
	return append(toks, Token{EOF, "", len(rs)}), nil
}

type Node interface {
	Eval(env map[string]float64) (float64, error)
}

type Num float64
type Var string
type Unary struct {
	Op string
	X  Node
}
type Binary struct {
	Op   string
	L, R Node
}
type Call struct {
	Fn   string
	Args []Node
}

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined: %s", string(v))
}
func (u Unary) Eval(env map[string]float64) (float64, error) {
	x, err := u.X.Eval(env)
	return -x, err
}

var ErrDivZero = errors.New("division by zero")

func (b Binary) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case "+":
		return l + r, nil
	case "-":
		return l - r, nil
	case "*":
		return l * r, nil
	case "/":
		if r == 0 {
			return 0, ErrDivZero
		}
		return l / r, nil
	case "%":
		return math.Mod(l, r), nil
	case "^":
		return math.Pow(l, r), nil
	}
	return 0, fmt.Errorf("bad op %s", b.Op)
}

var funcs = map[string]func(...float64) float64{
	"max": func(xs ...float64) float64 {
		m := math.Inf(-1)
		for _, x := range xs {
			m = math.Max(m, x)
		}
		return m
	},
	"sqrt": func(xs ...float64) float64 { return math.Sqrt(xs[0]) },
	"sum": func(xs ...float64) float64 {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s
	},
}

func (c Call) Eval(env map[string]float64) (float64, error) {
	f, ok := funcs[c.Fn]
	if !ok {
		return 0, fmt.Errorf("unknown func %s", c.Fn)
	}
	args := make([]float64, 0, len(c.Args))
	for _, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, fmt.Errorf("%s arg: %w", c.Fn, err)
		}
		args = append(args, v)
	}
	return f(args...), nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

func (p *parser) expr(minPrec int) (Node, error) {
	lhs, err := p.unary()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if t.Kind != OP || prec[t.Text] < minPrec {
			return lhs, nil
		}
		p.next()
		next := prec[t.Text] + 1
		if t.Text == "^" {
			next = prec[t.Text] // right-assoc
		}
		rhs, err := p.expr(next)
		if err != nil {
			return nil, err
		}
		lhs = Binary{t.Text, lhs, rhs}
	}
}

func (p *parser) unary() (Node, error) {
	if t := p.peek(); t.Kind == OP && t.Text == "-" {
		p.next()
		x, err := p.unary()
		return Unary{"-", x}, err
	}
	return p.primary()
}

func (p *parser) primary() (Node, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return nil, fmt.Errorf("pos %d: %w", t.Pos, err)
		}
		return Num(f), nil
	case IDENT:
		if p.peek().Kind != LPAREN {
			return Var(t.Text), nil
		}
		p.next()
		var args []Node
		for p.peek().Kind != RPAREN {
			a, err := p.expr(1)
			if err != nil {
				return nil, err
			}
			args = append(args, a)
			if p.peek().Kind == COMMA {
				p.next()
			}
		}
		p.next()
		return Call{t.Text, args}, nil
	case LPAREN:
		e, err := p.expr(1)
		if err != nil {
			return nil, err
		}
		if p.next().Kind != RPAREN {
			return nil, fmt.Errorf("pos %d: missing )", t.Pos)
		}
		return e, nil
	}
	return nil, fmt.Errorf("pos %d: unexpected %v %q", t.Pos, t.Kind, t.Text)
}

func main() {
	env := map[string]float64{"x": 3, "pi": math.Pi}
	for _, src := range []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-x * -2 + 10 % 4",
		"max(1, x, sum(1,2,3)) / 2",
		"sqrt(16) + y",
		"7 / (x - 3)",
		"3 + * 4",
		"2 $ 3",
		"1.5.2 + 1",
	} {
		toks, err := tokenize(src)
		if err != nil {
			fmt.Printf("%-28s lex error: %v\n", src, err)
			continue
		}
		p := &parser{toks: toks}
		n, err := p.expr(1)
		if err != nil {
			fmt.Printf("%-28s parse error: %v\n", src, err)
			continue
		}
		v, err := n.Eval(env)
		if err != nil {
			fmt.Printf("%-28s eval error: %v (divzero=%t)\n", src, err, errors.Is(err, ErrDivZero))
			continue
		}
		fmt.Printf("%-28s = %g   %T\n", src, v, n)
	}
}
