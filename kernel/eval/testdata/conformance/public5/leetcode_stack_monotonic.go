package main

import (
	"fmt"
	"strconv"
	"strings"
)

func dailyTemperatures(t []int) []int {
	res := make([]int, len(t))
	var stack []int
	for i, v := range t {
		for len(stack) > 0 && t[stack[len(stack)-1]] < v {
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			res[j] = i - j
		}
		stack = append(stack, i)
	}
	return res
}

func largestRectangle(h []int) int {
	best := 0
	stack := []int{-1}
	h = append(h[:len(h):len(h)], 0)
	for i, v := range h {
		for len(stack) > 1 && h[stack[len(stack)-1]] >= v {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			width := i - stack[len(stack)-1] - 1
			best = max(best, h[top]*width)
		}
		stack = append(stack, i)
	}
	return best
}

func evalRPN(tokens []string) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("rpn: %v", r)
		}
	}()
	var st []int
	pop := func() int {
		v := st[len(st)-1]
		st = st[:len(st)-1]
		return v
	}
	for _, tok := range tokens {
		switch tok {
		case "+", "-", "*", "/":
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
			}
		default:
			n, err := strconv.Atoi(tok)
			if err != nil {
				return 0, err
			}
			st = append(st, n)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("rpn: %d values left", len(st))
	}
	return st[0], nil
}

func simplifyPath(p string) string {
	var st []string
	for _, part := range strings.Split(p, "/") {
		switch part {
		case "", ".":
		case "..":
			if len(st) > 0 {
				st = st[:len(st)-1]
			}
		default:
			st = append(st, part)
		}
	}
	return "/" + strings.Join(st, "/")
}

func main() {
	fmt.Println(dailyTemperatures([]int{73, 74, 75, 71, 69, 72, 76, 73}))
	hs := []int{2, 1, 5, 6, 2, 3}
	fmt.Println(largestRectangle(hs), hs)
	for _, expr := range []string{"2 1 + 3 *", "4 13 5 / +", "1 +", "4 0 /", "1 2", "3 x +"} {
		v, err := evalRPN(strings.Fields(expr))
		fmt.Printf("%-12q %d %v\n", expr, v, err)
	}
	for _, p := range []string{"/home/", "/../", "/home//foo/", "/a/./b/../../c/"} {
		fmt.Print(simplifyPath(p), " ")
	}
	fmt.Println()
}
