package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

func rpn(expr string) (float64, error) {
	var st []float64
	for _, tok := range strings.Fields(expr) {
		if v, err := strconv.ParseFloat(tok, 64); err == nil {
			st = append(st, v)
			continue
		}
		if len(st) < 2 {
			return 0, fmt.Errorf("stack underflow at %q", tok)
		}
		a, b := st[len(st)-2], st[len(st)-1]
		st = st[:len(st)-2]
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
				return 0, errors.New("division by zero")
			}
			r = a / b
		case "^":
			r = math.Pow(a, b)
		default:
			return 0, fmt.Errorf("bad token %q", tok)
		}
		st = append(st, r)
	}
	if len(st) != 1 {
		return 0, errors.New("malformed expression")
	}
	return st[0], nil
}

func main() {
	for _, e := range []string{"3 4 2 * 1 5 - 2 3 ^ ^ / +", "1 2 +", "1 0 /", "1 +", "2 3 4", "2 x +"} {
		v, err := rpn(e)
		if err != nil {
			fmt.Printf("%-28s error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-28s = %g\n", e, v)
	}
}
