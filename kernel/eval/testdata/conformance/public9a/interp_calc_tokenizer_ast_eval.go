package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type TokKind int

const (
	NUM TokKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	COMMA
	EOF
)

var kindNames = [...]string{NUM: "NUM", IDENT: "IDENT", OP: "OP", LPAREN: "(", RPAREN: ")", COMMA: ",", EOF: "EOF"}

func (k TokKind) String() string { return kindNames[k] }

type Token struct {
	Kind TokKind
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
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
				j++
			}
			toks = append(toks, Token{IDENT, string(rs[i:j])})
			i = j
		case strings.ContainsRune("+-*/^%", r):
			toks = append(toks, Token{OP, string(r)})
			i++
		case r == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case r == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		case r == ',':
			toks = append(toks, Token{COMMA, ","})
			i++
		default:
			return nil, fmt.Errorf("lex: unexpected %q at %d", r, i)
		}
	}
	return append(toks, Token{EOF, ""}), nil
}

type Node interface {
	Eval(env map[string]float64) (float64, error)
	String() string
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
func (n Num) String() string                           { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined: %s", string(v))
}
func (v Var) String() string { return string(v) }
func (u *Unary) Eval(env map[string]float64) (float64, error) {
	x, err := u.X.Eval(env)
	return -x, err
}
func (u *Unary) String() string { return "(" + u.Op + u.X.String() + ")" }
func (b *Binary) Eval(env map[string]float64) (float64, error) {
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
			return 0, fmt.Errorf("division by zero in %v", b)
		}
		return l / r, nil
	case "%":
		return math.Mod(l, r), nil
	case "^":
		return math.Pow(l, r), nil
	}
	return 0, fmt.Errorf("bad op %s", b.Op)
}
func (b *Binary) String() string { return "(" + b.L.String() + " " + b.Op + " " + b.R.String() + ")" }
func (c *Call) Eval(env map[string]float64) (float64, error) {
	var args []float64
	for _, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, err
		}
		args = append(args, v)
	}
	fns := map[string]func(...float64) float64{
		"sqrt": func(a ...float64) float64 { return math.Sqrt(a[0]) },
		"max": func(a ...float64) float64 {
			m := math.Inf(-1)
			for _, x := range a {
				m = math.Max(m, x)
			}
			return m
		},
		"hypot": func(a ...float64) float64 { return math.Hypot(a[0], a[1]) },
	}
	f, ok := fns[c.Fn]
	if !ok {
		return 0, fmt.Errorf("unknown function %s/%d", c.Fn, len(args))
	}
	return f(args...), nil
}
func (c *Call) String() string {
	s := make([]string, len(c.Args))
	for i, a := range c.Args {
		s[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(s, ", ") + ")"
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
		np := prec[t.Text] + 1
		if t.Text == "^" {
			np = prec[t.Text]
		}
		rhs, err := p.expr(np)
		if err != nil {
			return nil, err
		}
		lhs = &Binary{t.Text, lhs, rhs}
	}
}

func (p *parser) unary() (Node, error) {
	if t := p.peek(); t.Kind == OP && t.Text == "-" {
		p.next()
		x, err := p.unary()
		return &Unary{"-", x}, err
	}
	return p.primary()
}

func (p *parser) primary() (Node, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return nil, fmt.Errorf("bad number: %w", err)
		}
		return Num(f), nil
	case IDENT:
		if p.peek().Kind == LPAREN {
			p.next()
			c := &Call{Fn: t.Text}
			for p.peek().Kind != RPAREN {
				a, err := p.expr(1)
				if err != nil {
					return nil, err
				}
				c.Args = append(c.Args, a)
				if p.peek().Kind == COMMA {
					p.next()
				}
			}
			p.next()
			return c, nil
		}
		return Var(t.Text), nil
	case LPAREN:
		e, err := p.expr(1)
		if err != nil {
			return nil, err
		}
		if p.next().Kind != RPAREN {
			return nil, fmt.Errorf("expected )")
		}
		return e, nil
	}
	return nil, fmt.Errorf("unexpected %v %q", t.Kind, t.Text)
}

func main() {
	env := map[string]float64{"x": 3, "y": 4, "pi": math.Pi}
	for _, src := range []string{"1 + 2 * 3", "2 ^ 3 ^ 2", "-(x + y) * 2", "hypot(x, y) + sqrt(16)", "max(1, x, y, 2) % 3",
		"10 / (y - 4)", "z + 1", "1.5.2", "3 $ 4", "(1 + 2", "pi * x ^ 2"} {
		toks, err := lex(src)
		if err != nil {
			fmt.Println(src, "=>", err)
			continue
		}
		p := &parser{toks: toks}
		n, err := p.expr(1)
		if err != nil {
			fmt.Println(src, "=> parse error:", err)
			continue
		}
		v, err := n.Eval(env)
		fmt.Printf("%-24s %-32v %-8.4g %v\n", src, n, v, err)
	}
}
