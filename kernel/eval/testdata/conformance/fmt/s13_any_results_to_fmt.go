package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type user struct {
	Name string `json:"name"`
	Age  int    `json:"age"`
}

type badInput struct{ field string }

func (e badInput) Error() string { return "bad input: " + e.field }

type token string

func (t token) String() string { return "<" + strings.ToUpper(string(t)) + ">" }

type stack struct{ items []any }

func (s *stack) push(v any) { s.items = append(s.items, v) }
func (s *stack) pop() any {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s *stack) peek() (any, bool) {
	if len(s.items) == 0 {
		return nil, false
	}
	return s.items[len(s.items)-1], true
}

func first(xs ...any) any { return xs[0] }

func pair() (any, any) { return token("a"), celsius(20) }

func lookup(m map[string]any, k string) any { return m[k] }

func main() {
	s := &stack{}
	for _, v := range []any{celsius(21.5), user{"ann", 30}, badInput{"age"}, token("if"), 42, nil, []token{"x", "y"}} {
		s.push(v)
	}
	fmt.Println(s.peek())
	fmt.Println(s.pop())
	fmt.Println(s.pop())
	fmt.Printf("%v|%s|%T\n", s.pop(), s.pop(), s.pop())
	fmt.Printf("%+v %T\n", s.pop(), s.peek)
	fmt.Println(fmt.Sprint(s.pop()), len(s.items))

	fmt.Println(first(token("go"), 1), first(celsius(-4)))
	fmt.Println(pair())
	m := map[string]any{"t": token("k"), "u": user{"bo", 9}, "e": badInput{"x"}}
	fmt.Println(lookup(m, "t"), lookup(m, "u"), lookup(m, "e"), lookup(m, "none"))
	fmt.Printf("%q %v %d\n", lookup(m, "t"), lookup(m, "e"), lookup(m, "u"))
	b, err := json.Marshal(lookup(m, "u"))
	fmt.Println(string(b), err)
	fmt.Println(strings.Repeat(fmt.Sprint(first(token("ab"))), 2))

	var e error = badInput{"name"}
	fmt.Println(errors.Is(e, badInput{"name"}), fmt.Sprint(first(e)))
	fmt.Println(fmt.Sprintf("%v and %v", first(celsius(1)), first(token("z"))))
}
