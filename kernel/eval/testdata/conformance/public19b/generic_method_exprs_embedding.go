package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Compare(q Pair[K, V]) int { return cmp.Compare(p.Key, q.Key) }
func (p Pair[K, V]) String() string           { return fmt.Sprintf("%v:%v", p.Key, p.Val) }
func (p *Pair[K, V]) SetVal(v V)              { p.Val = v }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s Stack[T]) Peek() T   { return s.items[len(s.items)-1] }
func (s Stack[T]) Size() int { return len(s.items) }

type IntStack struct {
	Stack[int]
	name string
}

func (s *IntStack) Sum() int {
	t := 0
	for _, v := range s.items {
		t += v
	}
	return t
}

type Sizer interface{ Size() int }

type Tree[T cmp.Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	switch c := cmp.Compare(v, t.Val); {
	case c < 0:
		t.Left = t.Left.Insert(v)
	case c > 0:
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type local struct{ a int }

type Set[T comparable] = map[T]struct{}

func Apply[T any, F ~func(T) T](f F, x T, n int) T {
	for range n {
		x = f(x)
	}
	return x
}

type Doubler func(int) int

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	ps := []Pair[string, int]{{"b", 2}, {"a", 1}, {"c", 3}}
	slices.SortFunc(ps, Pair[string, int].Compare)
	fmt.Println(ps)
	setv := (*Pair[string, int]).SetVal
	setv(&ps[0], 100)
	str := Pair[string, int].String
	fmt.Println(str(ps[0]))
	var is IntStack
	is.name = "ints"
	is.Push(3)
	is.Push(4)
	push := is.Push
	push(5)
	fmt.Println(is.Size(), is.Peek(), is.Sum(), is.Pop(), is.Size())
	var sz Sizer = is
	fmt.Println(sz.Size())
	sz = &is.Stack
	fmt.Println(sz.Size())
	var root *Tree[string]
	for _, w := range strings.Fields("m c x a e z c") {
		root = root.Insert(w)
	}
	var words []string
	root.Walk(func(s string) { words = append(words, s) })
	fmt.Println(words)
	s := Set[string]{}
	s["x"] = struct{}{}
	fmt.Printf("%T %v\n", s, len(s))
	fmt.Println(Apply(Doubler(func(i int) int { return i * 2 }), 1, 10))
	fmt.Println(Apply(strings.ToUpper, "go", 1))
	fmt.Println(Describe(5), Describe("x"), Describe(ps[1]), Describe(2.5), Describe([]int{}))
	var ls Stack[local]
	ls.Push(local{7})
	fmt.Printf("%v %+v %T\n", ls, ls.Peek(), ls)
	var anon Stack[struct{ X, Y int }]
	anon.Push(struct{ X, Y int }{1, 2})
	fmt.Printf("%+v\n", anon.Pop())
	pp := Pair[int, []string]{1, nil}
	pp.SetVal([]string{"q"})
	fmt.Println(pp, pp.Val)
	peek := Stack[int].Peek
	fmt.Println(peek(Stack[int]{[]int{9}}))
}
