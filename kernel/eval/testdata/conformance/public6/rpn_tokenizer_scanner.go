package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"text/scanner"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("stack empty")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s *Stack[T]) Peek() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	return s.items[len(s.items)-1], true
}
func (s *Stack[T]) Len() int { return len(s.items) }

var precedence = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2}

// toRPN converts infix to postfix with the shunting-yard algorithm.
func toRPN(src string) ([]string, error) {
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Mode = scanner.ScanInts | scanner.ScanFloats
	var out []string
	var ops Stack[string]
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		text := s.TokenText()
		switch {
		case tok == scanner.Int || tok == scanner.Float:
			out = append(out, text)
		case text == "(":
			ops.Push(text)
		case text == ")":
			for {
				top, err := ops.Pop()
				if err != nil {
					return nil, fmt.Errorf("%s: unbalanced )", s.Position)
				}
				if top == "(" {
					break
				}
				out = append(out, top)
			}
		case precedence[text] > 0:
			for {
				top, ok := ops.Peek()
				if !ok || top == "(" || precedence[top] < precedence[text] {
					break
				}
				ops.Pop()
				out = append(out, top)
			}
			ops.Push(text)
		default:
			return nil, fmt.Errorf("%s: unexpected %q", s.Position, text)
		}
	}
	for ops.Len() > 0 {
		top, _ := ops.Pop()
		if top == "(" {
			return nil, errors.New("unbalanced (")
		}
		out = append(out, top)
	}
	return out, nil
}

func evalRPN(toks []string) (float64, error) {
	var st Stack[float64]
	for _, t := range toks {
		if f, err := strconv.ParseFloat(t, 64); err == nil {
			st.Push(f)
			continue
		}
		b, err1 := st.Pop()
		a, err2 := st.Pop()
		if err := errors.Join(err1, err2); err != nil {
			return 0, fmt.Errorf("operator %s: %w", t, err)
		}
		switch t {
		case "+":
			st.Push(a + b)
		case "-":
			st.Push(a - b)
		case "*":
			st.Push(a * b)
		case "/":
			st.Push(a / b)
		}
	}
	return st.Pop()
}

func main() {
	for _, e := range []string{"3 + 4 * 2 / (1 - 5)", "(1.5 + 2.5) * 4", "10 / 4 - 1", "2 * (3 + 4", "1 + 2)", "7 % 2", "1 / 0"} {
		rpn, err := toRPN(e)
		if err != nil {
			fmt.Printf("%-22s error: %v\n", e, err)
			continue
		}
		v, err := evalRPN(rpn)
		fmt.Printf("%-22s %-24s = %v %v\n", e, strings.Join(rpn, " "), v, err)
	}
	_, err := evalRPN([]string{"1", "+"})
	fmt.Println(err)
}
