package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type assoc int

const (
	left assoc = iota
	right
)

type opInfo struct {
	prec  int
	assoc assoc
	apply func(a, b int64) (int64, error)
}

var ops = map[string]opInfo{
	"+": {1, left, func(a, b int64) (int64, error) { return a + b, nil }},
	"-": {1, left, func(a, b int64) (int64, error) { return a - b, nil }},
	"*": {2, left, func(a, b int64) (int64, error) { return a * b, nil }},
	"/": {2, left, func(a, b int64) (int64, error) {
		if b == 0 {
			return 0, fmt.Errorf("division by zero")
		}
		return a / b, nil
	}},
	"%": {2, left, func(a, b int64) (int64, error) {
		if b == 0 {
			return 0, fmt.Errorf("modulo by zero")
		}
		return a % b, nil
	}},
	"^": {3, right, func(a, b int64) (int64, error) {
		r := int64(1)
		for ; b > 0; b-- {
			r *= a
		}
		return r, nil
	}},
}

func tokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c):
			j := i
			for j < len(s) && unicode.IsDigit(rune(s[j])) {
				j++
			}
			out = append(out, s[i:j])
			i = j
		default:
			out = append(out, string(c))
			i++
		}
	}
	return out
}

func toRPN(toks []string) ([]string, error) {
	var out, stack []string
	for _, t := range toks {
		switch {
		case t == "(":
			stack = append(stack, t)
		case t == ")":
			for len(stack) > 0 && stack[len(stack)-1] != "(" {
				out = append(out, stack[len(stack)-1])
				stack = stack[:len(stack)-1]
			}
			if len(stack) == 0 {
				return nil, fmt.Errorf("mismatched )")
			}
			stack = stack[:len(stack)-1]
		default:
			o, isOp := ops[t]
			if !isOp {
				if _, err := strconv.ParseInt(t, 10, 64); err != nil {
					return nil, fmt.Errorf("bad token %q", t)
				}
				out = append(out, t)
				continue
			}
			for len(stack) > 0 {
				top, ok := ops[stack[len(stack)-1]]
				if !ok || !(top.prec > o.prec || top.prec == o.prec && o.assoc == left) {
					break
				}
				out = append(out, stack[len(stack)-1])
				stack = stack[:len(stack)-1]
			}
			stack = append(stack, t)
		}
	}
	for len(stack) > 0 {
		t := stack[len(stack)-1]
		if t == "(" {
			return nil, fmt.Errorf("mismatched (")
		}
		out = append(out, t)
		stack = stack[:len(stack)-1]
	}
	return out, nil
}

func evalRPN(rpn []string) (int64, error) {
	var st []int64
	for _, t := range rpn {
		if o, ok := ops[t]; ok {
			if len(st) < 2 {
				return 0, fmt.Errorf("stack underflow at %q", t)
			}
			a, b := st[len(st)-2], st[len(st)-1]
			st = st[:len(st)-2]
			r, err := o.apply(a, b)
			if err != nil {
				return 0, err
			}
			st = append(st, r)
			continue
		}
		n, _ := strconv.ParseInt(t, 10, 64)
		st = append(st, n)
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("leftover stack %v", st)
	}
	return st[0], nil
}

func main() {
	for _, e := range []string{"3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "2 ^ 3 ^ 2", "(1 + 2) * (3 + 4) % 5", "10 / (5 - 5)", "1 +", "(2", "2)", "7 & 3", "100 - 1 - 1"} {
		rpn, err := toRPN(tokens(e))
		if err != nil {
			fmt.Printf("%-30s error: %v\n", e, err)
			continue
		}
		v, err := evalRPN(rpn)
		fmt.Printf("%-30s %-28s %d %v\n", e, strings.Join(rpn, " "), v, err)
	}
}
