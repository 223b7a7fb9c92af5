package main

import (
	"fmt"
	"strconv"
	"strings"
)

type MinStack struct {
	vals, mins []int
}

func (s *MinStack) Push(v int) {
	s.vals = append(s.vals, v)
	if len(s.mins) == 0 || v <= s.mins[len(s.mins)-1] {
		s.mins = append(s.mins, v)
	}
}

func (s *MinStack) Pop() {
	v := s.vals[len(s.vals)-1]
	s.vals = s.vals[:len(s.vals)-1]
	if v == s.mins[len(s.mins)-1] {
		s.mins = s.mins[:len(s.mins)-1]
	}
}

func (s *MinStack) Top() int    { return s.vals[len(s.vals)-1] }
func (s *MinStack) GetMin() int { return s.mins[len(s.mins)-1] }

func evalRPN(tokens []string) int {
	var st []int
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			b, a := st[len(st)-1], st[len(st)-2]
			st = st[:len(st)-2]
			var r int
			switch t {
			case "+":
				r = a + b
			case "-":
				r = a - b
			case "*":
				r = a * b
			case "/":
				r = a / b
			}
			st = append(st, r)
		default:
			n, _ := strconv.Atoi(t)
			st = append(st, n)
		}
	}
	return st[0]
}

func decodeString(s string) string {
	type frame struct {
		sb  strings.Builder
		rep int
	}
	stack := []*frame{{}}
	num := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			num = num*10 + int(r-'0')
		case r == '[':
			stack = append(stack, &frame{rep: num})
			num = 0
		case r == ']':
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			stack[len(stack)-1].sb.WriteString(strings.Repeat(top.sb.String(), top.rep))
		default:
			stack[len(stack)-1].sb.WriteRune(r)
		}
	}
	return stack[0].sb.String()
}

func dailyTemperatures(t []int) []int {
	out := make([]int, len(t))
	var st []int
	for i, v := range t {
		for len(st) > 0 && t[st[len(st)-1]] < v {
			j := st[len(st)-1]
			st = st[:len(st)-1]
			out[j] = i - j
		}
		st = append(st, i)
	}
	return out
}

func largestRectangle(h []int) int {
	h = append(h, 0)
	var st []int
	best := 0
	for i, v := range h {
		for len(st) > 0 && h[st[len(st)-1]] >= v {
			height := h[st[len(st)-1]]
			st = st[:len(st)-1]
			left := -1
			if len(st) > 0 {
				left = st[len(st)-1]
			}
			best = max(best, height*(i-left-1))
		}
		st = append(st, i)
	}
	return best
}

func main() {
	var ms MinStack
	for _, v := range []int{-2, 0, -3} {
		ms.Push(v)
	}
	fmt.Print(ms.GetMin(), " ")
	ms.Pop()
	fmt.Println(ms.Top(), ms.GetMin())
	fmt.Println(evalRPN([]string{"2", "1", "+", "3", "*"}), evalRPN(strings.Fields("10 6 9 3 + -11 * / * 17 + 5 +")))
	fmt.Println(decodeString("3[a]2[bc]"), decodeString("3[a2[c]]"), decodeString("2[abc]3[cd]ef"), decodeString("10[x]"))
	fmt.Println(dailyTemperatures([]int{73, 74, 75, 71, 69, 72, 76, 73}))
	fmt.Println(largestRectangle([]int{2, 1, 5, 6, 2, 3}), largestRectangle([]int{2, 4}))
}
