package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

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
		default:
			toks = append(toks, string(c))
			i++
		}
	}
	return toks
}

func toRPN(toks []string) []string {
	var out, ops []string
	for _, t := range toks {
		switch {
		case t == "(":
			ops = append(ops, t)
		case t == ")":
			for len(ops) > 0 && ops[len(ops)-1] != "(" {
				out = append(out, ops[len(ops)-1])
				ops = ops[:len(ops)-1]
			}
			ops = ops[:len(ops)-1]
		case prec[t] > 0:
			for len(ops) > 0 {
				top := ops[len(ops)-1]
				if top == "(" || prec[top] < prec[t] || (prec[top] == prec[t] && t == "^") {
					break
				}
				out = append(out, top)
				ops = ops[:len(ops)-1]
			}
			ops = append(ops, t)
		default:
			out = append(out, t)
		}
	}
	for i := len(ops) - 1; i >= 0; i-- {
		out = append(out, ops[i])
	}
	return out
}

func evalRPN(rpn []string) float64 {
	var st []float64
	for _, t := range rpn {
		if v, err := strconv.ParseFloat(t, 64); err == nil {
			st = append(st, v)
			continue
		}
		b, a := st[len(st)-1], st[len(st)-2]
		st = st[:len(st)-2]
		var r float64
		switch t {
		case "+":
			r = a + b
		case "-":
			r = a - b
		case "*":
			r = a * b
		case "/":
			r = a / b
		case "^":
			r = 1
			for range int(b) {
				r *= a
			}
		}
		st = append(st, r)
	}
	return st[0]
}

func main() {
	for _, e := range []string{"3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "(1+2)*(3+4)", "2^3^2", "10 / 4 - 0.5", "((7))"} {
		rpn := toRPN(tokenize(e))
		fmt.Printf("%-32s => %-28s = %g\n", e, strings.Join(rpn, " "), evalRPN(rpn))
	}
}
