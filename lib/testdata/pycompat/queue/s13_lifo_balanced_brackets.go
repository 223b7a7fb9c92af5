package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

var pairs = map[rune]rune{')': '(', ']': '[', '}': '{'}

func balanced(s string) bool {
	st := queue.NewLifoQueue(0)
	for _, ch := range s {
		if strings.ContainsRune("([{", ch) {
			st.Put(ch)
		} else if open, ok := pairs[ch]; ok {
			top, err := st.GetNowait()
			if errors.Is(err, queue.ErrEmpty) {
				return false
			}
			if top.(rune) != open {
				return false
			}
		}
	}
	return st.Empty()
}

func main() {
	for _, s := range []string{"([]{})", "(]", "(()", "())", "", "{[()()]}"} {
		fmt.Printf("'%s' %s\n", s, map[bool]string{true: "True", false: "False"}[balanced(s)])
	}
}
