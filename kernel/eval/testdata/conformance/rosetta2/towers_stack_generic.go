package main

import "fmt"

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(*s) == 0 {
		return zero, false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}
func (s Stack[T]) Peek() T  { return s[len(s)-1] }
func (s Stack[T]) Len() int { return len(s) }

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	for _, s := range []string{"([]{})", "([)]", "((", "", "{[()()]}", "}"} {
		fmt.Printf("%-10q %v\n", s, balanced(s))
	}
	var st Stack[string]
	st.Push("a")
	st.Push("b")
	fmt.Println(st.Peek(), st.Len())
	v, _ := st.Pop()
	fmt.Println(v, st)
}
