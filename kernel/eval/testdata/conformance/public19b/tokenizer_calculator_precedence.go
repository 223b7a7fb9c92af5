package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
)

func (k TokenKind) String() string { return [...]string{"NUM", "OP", "LPAREN", "RPAREN"}[k] }

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

var ErrSyntax = errors.New("syntax error")

type PosError struct {
	Pos int
	Err error
}

func (e *PosError) Error() string { return fmt.Sprintf("at %d: %v", e.Pos, e.Err) }
func (e *PosError) Unwrap() error { return e.Err }

func tokenize(s string) ([]Token, error) {
	var toks []Token
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
			toks = append(toks, Token{NUM, s[i:j], i})
			i = j
		case strings.ContainsRune("+-*/^%", c):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, &PosError{i, fmt.Errorf("%w: unexpected %q", ErrSyntax, c)}
		}
	}
	return toks, nil
}

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

func toRPN(toks []Token) ([]Token, error) {
	var out, stack []Token
	for _, t := range toks {
		switch t.Kind {
		case NUM:
			out = append(out, t)
		case OP:
			for len(stack) > 0 {
				top := stack[len(stack)-1]
				if top.Kind != OP {
					break
				}
				if prec[top.Text] > prec[t.Text] || prec[top.Text] == prec[t.Text] && t.Text != "^" {
					out = append(out, top)
					stack = stack[:len(stack)-1]
					continue
				}
				break
			}
			stack = append(stack, t)
		case LPAREN:
			stack = append(stack, t)
		case RPAREN:
			found := false
			for len(stack) > 0 {
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if top.Kind == LPAREN {
					found = true
					break
				}
				out = append(out, top)
			}
			if !found {
				return nil, &PosError{t.Pos, fmt.Errorf("%w: unmatched )", ErrSyntax)}
			}
		}
	}
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i].Kind == LPAREN {
			return nil, &PosError{stack[i].Pos, fmt.Errorf("%w: unmatched (", ErrSyntax)}
		}
		out = append(out, stack[i])
	}
	return out, nil
}

func eval(rpn []Token) (float64, error) {
	var st []float64
	for _, t := range rpn {
		if t.Kind == NUM {
			v, err := strconv.ParseFloat(t.Text, 64)
			if err != nil {
				return 0, &PosError{t.Pos, err}
			}
			st = append(st, v)
			continue
		}
		if len(st) < 2 {
			return 0, &PosError{t.Pos, fmt.Errorf("%w: missing operand", ErrSyntax)}
		}
		b, a := st[len(st)-1], st[len(st)-2]
		st = st[:len(st)-2]
		var r float64
		switch t.Text {
		case "+":
			r = a + b
		case "-":
			r = a - b
		case "*":
			r = a * b
		case "/":
			r = a / b
		case "%":
			r = float64(int(a) % int(b))
		case "^":
			r = 1
			for range int(b) {
				r *= a
			}
		}
		st = append(st, r)
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("%w: leftover values %v", ErrSyntax, st)
	}
	return st[0], nil
}

func calc(s string) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	rpn, err := toRPN(toks)
	if err != nil {
		return 0, err
	}
	return eval(rpn)
}

func main() {
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4", "7 % 3 + 0.5", "1 / 0", "2 * (3 + 4", "3 + x", "4 5", "1.2.3 + 1", "((2))"} {
		v, err := calc(e)
		var pe *PosError
		switch {
		case errors.As(err, &pe):
			fmt.Printf("%-14q error %v (syntax=%v)\n", e, err, errors.Is(err, ErrSyntax))
		case err != nil:
			fmt.Printf("%-14q other %v\n", e, err)
		default:
			fmt.Printf("%-14q = %g\n", e, v)
		}
	}
	toks, _ := tokenize("(1+2)")
	fmt.Println(toks)
	fmt.Printf("%+v\n", toks[1])
}
