package main

import (
	"errors"
	"fmt"
)

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var z T
	if len(*s) == 0 {
		return z, false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}
func (s Stack[T]) Peek() (T, bool) {
	var z T
	if len(s) == 0 {
		return z, false
	}
	return s[len(s)-1], true
}

type Mismatch struct {
	Pos       int
	Got, Want rune
}

func (m *Mismatch) Error() string {
	if m.Want == 0 {
		return fmt.Sprintf("pos %d: unexpected %q", m.Pos, m.Got)
	}
	return fmt.Sprintf("pos %d: got %q, want %q", m.Pos, m.Got, m.Want)
}

var ErrUnclosed = errors.New("unclosed brackets")

type open struct {
	r   rune
	pos int
}

func check(s string) error {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{', '>': '<'}
	closers := map[rune]rune{'(': ')', '[': ']', '{': '}', '<': '>'}
	var st Stack[open]
	for i, r := range []rune(s) {
		switch {
		case closers[r] != 0:
			st.Push(open{r, i})
		case pairs[r] != 0:
			top, ok := st.Pop()
			if !ok {
				return &Mismatch{Pos: i, Got: r}
			}
			if top.r != pairs[r] {
				return &Mismatch{i, r, closers[top.r]}
			}
		}
	}
	if top, ok := st.Peek(); ok {
		return fmt.Errorf("%w: %d open, last %q at %d", ErrUnclosed, len(st), top.r, top.pos)
	}
	return nil
}

func longestValid(s string) (int, string) {
	st := Stack[int]{-1}
	best, at := 0, 0
	for i, c := range s {
		if c == '(' {
			st.Push(i)
			continue
		}
		st.Pop()
		if top, ok := st.Peek(); ok {
			if i-top > best {
				best, at = i-top, top+1
			}
		} else {
			st.Push(i)
		}
	}
	return best, s[at : at+best]
}

func main() {
	for _, s := range []string{"{[()()]}", "([)]", "((", "())", "a<b>{c[d(e)f]g}h", "", "}{", "《》(]"} {
		err := check(s)
		var m *Mismatch
		fmt.Printf("%-18q %-40v mismatch=%v unclosed=%v\n", s, err, errors.As(err, &m), errors.Is(err, ErrUnclosed))
	}
	for _, s := range []string{"(()", ")()())", "", "()(()))((()))"} {
		n, sub := longestValid(s)
		fmt.Println(n, sub)
	}
}
