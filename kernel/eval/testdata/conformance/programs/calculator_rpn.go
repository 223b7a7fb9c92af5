package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrStack = errors.New("stack underflow")

func evalRPN(expr string) (float64, error) {
	var st []float64
	pop := func() (float64, error) {
		if len(st) == 0 {
			return 0, ErrStack
		}
		v := st[len(st)-1]
		st = st[:len(st)-1]
		return v, nil
	}
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/", "^":
			b, err := pop()
			if err != nil {
				return 0, err
			}
			a, err := pop()
			if err != nil {
				return 0, err
			}
			var r float64
			switch tok {
			case "+":
				r = a + b
			case "-":
				r = a - b
			case "*":
				r = a * b
			case "/":
				if b == 0 {
					return 0, fmt.Errorf("division by zero at %q", tok)
				}
				r = a / b
			case "^":
				r = 1
				for i := 0; i < int(b); i++ {
					r *= a
				}
			}
			st = append(st, r)
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, fmt.Errorf("bad token: %w", err)
			}
			st = append(st, v)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("%d values left", len(st))
	}
	return st[0], nil
}

func main() {
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 ^", "1 0 /", "+", "1 2", "x", "3 4 2 * 1 5 - 2 3 ^ ^ / +"} {
		v, err := evalRPN(e)
		fmt.Printf("%-28q %g %v\n", e, v, err)
	}
}
