package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrStack = errors.New("stack underflow")

func rpn(expr string) (result float64, err error) {
	var st []float64
	pop := func() float64 {
		if len(st) == 0 {
			panic(ErrStack)
		}
		v := st[len(st)-1]
		st = st[:len(st)-1]
		return v
	}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && errors.Is(e, ErrStack) {
				err = fmt.Errorf("rpn %q: %w", expr, e)
				return
			}
			panic(r)
		}
	}()
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/", "^":
			b, a := pop(), pop()
			switch tok {
			case "+":
				st = append(st, a+b)
			case "-":
				st = append(st, a-b)
			case "*":
				st = append(st, a*b)
			case "/":
				st = append(st, a/b)
			case "^":
				r := 1.0
				for i := 0; i < int(b); i++ {
					r *= a
				}
				st = append(st, r)
			}
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, fmt.Errorf("bad token: %w", err)
			}
			st = append(st, v)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("rpn %q: %d values left", expr, len(st))
	}
	return st[0], nil
}

func balanced(s string) (bool, int) {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st []rune
	for i, c := range s {
		switch c {
		case '(', '[', '{':
			st = append(st, c)
		case ')', ']', '}':
			if len(st) == 0 || st[len(st)-1] != pairs[c] {
				return false, i
			}
			st = st[:len(st)-1]
		}
	}
	return len(st) == 0, len(s)
}

var romans = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

func toRoman(n int) string {
	var sb strings.Builder
	for _, r := range romans {
		for n >= r.v {
			sb.WriteString(r.s)
			n -= r.v
		}
	}
	return sb.String()
}

func fromRoman(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if i+1 < len(s) && val[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func main() {
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 10 ^", "1 +", "1 2", "1 x +", "4 0 /"} {
		v, err := rpn(e)
		fmt.Println(v, err)
	}
	for _, s := range []string{"([]{})", "([)]", "((", "", "a(b[c]d)e}"} {
		ok, at := balanced(s)
		fmt.Printf("%q %v %d\n", s, ok, at)
	}
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		r := toRoman(n)
		fmt.Print(r, "=", fromRoman(r), " ")
	}
	fmt.Println()
}
