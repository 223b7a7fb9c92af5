package main

import (
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
	Num  float64
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
			f, err := strconv.ParseFloat(string(rs[i:j]), 64)
			if err != nil {
				return nil, fmt.Errorf("bad number %q at %d", string(rs[i:j]), i)
			}
			toks = append(toks, Token{NUM, string(rs[i:j]), f})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && unicode.IsLetter(rs[j]) {
				j++
			}
			toks = append(toks, Token{Kind: IDENT, Text: string(rs[i:j])})
			i = j
		case strings.ContainsRune("+-*/^%", r):
			toks = append(toks, Token{Kind: OP, Text: string(r)})
			i++
		case r == '(':
			toks = append(toks, Token{Kind: LPAREN, Text: "("})
			i++
		case r == ')':
			toks = append(toks, Token{Kind: RPAREN, Text: ")"})
			i++
		case r == ',':
			toks = append(toks, Token{Kind: COMMA, Text: ","})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", r, i)
		}
	}
	return append(toks, Token{Kind: EOF}), nil
}

type Expr interface {
	Eval(env map[string]float64) (float64, error)
}

type Num float64
type Var string
type Unary struct {
	Op string
	X  Expr
}
type Binary struct {
	Op   string
	L, R Expr
}
type Call struct {
	Fn   string
	Args []Expr
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
			return 0, fmt.Errorf("division by zero")
		}
		return l / r, nil
	case "%":
		return math.Mod(l, r), nil
	case "^":
		return math.Pow(l, r), nil
	}
	return 0, fmt.Errorf("bad op %s", b.Op)
}
func (c Call) Eval(env map[string]float64) (float64, error) {
	var args []float64
	for _, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, err
		}
		args = append(args, v)
	}
	switch {
	case c.Fn == "sqrt" && len(args) == 1:
		return math.Sqrt(args[0]), nil
	case c.Fn == "max" && len(args) > 0:
		m := args[0]
		for _, a := range args[1:] {
			m = max(m, a)
		}
		return m, nil
	}
	return 0, fmt.Errorf("unknown function %s/%d", c.Fn, len(args))
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

func (p *Parser) expect(k TokenKind) error {
	if t := p.next(); t.Kind != k {
		return fmt.Errorf("expected %v, got %v %q", k, t.Kind, t.Text)
	}
	return nil
}

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

func (p *Parser) expr(minPrec int) (Expr, error) {
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
			next = prec[t.Text]
		}
		rhs, err := p.expr(next)
		if err != nil {
			return nil, err
		}
		lhs = Binary{t.Text, lhs, rhs}
	}
}

func (p *Parser) unary() (Expr, error) {
	if t := p.peek(); t.Kind == OP && t.Text == "-" {
		p.next()
		x, err := p.unary()
		return Unary{"-", x}, err
	}
	return p.primary()
}

func (p *Parser) primary() (Expr, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		return Num(t.Num), nil
	case IDENT:
		if p.peek().Kind != LPAREN {
			return Var(t.Text), nil
		}
		p.next()
		var args []Expr
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
		return e, p.expect(RPAREN)
	}
	return nil, fmt.Errorf("unexpected %v %q", t.Kind, t.Text)
}

func eval(src string, env map[string]float64) (float64, error) {
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	e, err := p.expr(1)
	if err != nil {
		return 0, err
	}
	if p.peek().Kind != EOF {
		return 0, fmt.Errorf("trailing %q", p.peek().Text)
	}
	return e.Eval(env)
}

func main() {
	env := map[string]float64{"x": 3, "pi": math.Pi}
	for _, src := range []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "10 % 4 - -2",
		"sqrt(16) + max(1, x, 2)", "pi * x * x", "1 / (x - 3)", "y + 1", "2 $ 3", "(1 + 2", "max()", "3 4",
	} {
		v, err := eval(src, env)
		if err != nil {
			fmt.Printf("%-26s error: %v\n", src, err)
			continue
		}
		fmt.Printf("%-26s = %.6g\n", src, v)
	}
}
