package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) String() string {
	parts := make([]string, len(s.items))
	for i, v := range s.items {
		parts[i] = fmt.Sprint(v)
	}
	return "Stack(" + strings.Join(parts, ",") + ")"
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("<%v|%v>", p.First, p.Second) }

type Named struct {
	Stack[int]
	Name string
}

type Tagged struct {
	Pair[string, int]
	Tag string
}

func main() {
	n := Named{Name: "n"}
	n.Push(1)
	n.Push(2)
	fmt.Println(n)
	fmt.Println(&n)
	fmt.Printf("%v %+v\n", n, &n)
	t := Tagged{Pair[string, int]{"a", 1}, "t"}
	fmt.Println(t, &t)
	ps := []Pair[int, bool]{{1, true}, {2, false}}
	fmt.Println(ps)
	m := map[string]*Stack[string]{"x": {items: []string{"q"}}}
	fmt.Println(m)
	var s fmt.Stringer = &n
	fmt.Println(s)
	_, ok := any(n).(fmt.Stringer)
	fmt.Println(ok)
}
