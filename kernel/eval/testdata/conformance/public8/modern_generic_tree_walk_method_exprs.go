package main

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Tree[T any] struct {
	Val      T
	Children []*Tree[T]
}

func (t *Tree[T]) Walk() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.walk(yield)
	}
}

func (t *Tree[T]) walk(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	if !yield(t.Val) {
		return false
	}
	for _, c := range t.Children {
		if !c.walk(yield) {
			return false
		}
	}
	return true
}

type Stack[T any] struct{ xs []T }

func (s *Stack[T]) Push(v T) { s.xs = append(s.xs, v) }

type Named struct {
	*Stack[string]
	name string
}

type Shape interface {
	Area() float64
}
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Wrapper struct {
	Shape
	Tag string
}

func find(x int) (res string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			res = "none"
		}
	}()
	arr := []int{1, 2, 3}
	return fmt.Sprint(arr[x]), nil
}

func gen() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < 10; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func labeled() []string {
	var out []string
outer:
	for i := range gen() {
		for j := range gen() {
			if j > i {
				continue outer
			}
			if i+j > 6 {
				break outer
			}
			if (i+j)%3 == 0 {
				continue
			}
			out = append(out, fmt.Sprint(i, j))
		}
	}
	return out
}

func retFromNested() (int, string) {
	for i := range gen() {
		for s := range slices.Values([]string{"a", "b"}) {
			if i == 2 && s == "b" {
				return i, s
			}
		}
	}
	return -1, ""
}

func main() {
	t := &Tree[string]{"root", []*Tree[string]{{"a", []*Tree[string]{{"a1", nil}}}, {"b", nil}}}
	for v := range t.Walk() {
		if v == "b" {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	n := Named{&Stack[string]{}, "x"}
	n.Push("hello")
	push := n.Push
	push("world")
	fmt.Println(n.xs, n.name)
	w := Wrapper{Sq{3}, "sq"}
	var s Shape = w
	fmt.Println(s.Area(), w.Area())
	fmt.Println(find(1))
	fmt.Println(find(5))
	fmt.Println(labeled())
	fmt.Println(retFromNested())
	f := (*Stack[int]).Push
	var st Stack[int]
	f(&st, 4)
	fmt.Println(st.xs)
	g := Sq.Area
	fmt.Println(g(Sq{2}))
	m := map[[2]int]string{{1, 2}: "a", {0, 1}: "b"}
	fmt.Println(m)
	type key struct {
		a string
		b [2]bool
	}
	km := map[key]int{{"x", [2]bool{true, false}}: 1}
	km[key{"x", [2]bool{true, false}}]++
	fmt.Println(km)
	var e1 error = errors.New("x")
	arr := [2]any{1, "a"}
	arr2 := [2]any{1, "a"}
	fmt.Println(arr == arr2, e1 == e1)
	fmt.Printf("%x %X % x %q %U %#U\n", "hi", []byte("hi"), "abc", 'é', 'é', '⌘')
	fmt.Printf("%08.3f|%-8d|%+d|%#o|%#x|%b\n", 3.14159, 42, 7, 8, 255, 5)
	fmt.Printf("%v %+v\n", &struct{ A *int }{nil}, struct{ P *Sq }{nil})
	fmt.Printf("%s\n", strings.Repeat("=", 5))
	fmt.Printf("%6.2v|%.3s|%5t|%v\n", 3.14159, "abcdef", true, []*int{nil})
}
