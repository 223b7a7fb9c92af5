package main

import (
	"errors"
	"fmt"
)

type MultiErr struct{ errs []error }

func (m MultiErr) Error() string { return fmt.Sprint(len(m.errs), " errors") }

type Key struct {
	name string
	tags []string
}

type Wrapper struct{ v any }

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func main() {
	var e1 error = MultiErr{}
	var e2 error = MultiErr{}
	try("iface eq", func() { fmt.Println(e1 == e2) })
	try("errors.Is", func() { fmt.Println(errors.Is(e1, e2)) })
	try("any eq", func() {
		var a, b any = Key{"k", nil}, Key{"k", nil}
		fmt.Println(a == b)
	})
	try("map key", func() {
		m := map[any]int{}
		m[Key{"x", nil}] = 1
	})
	try("nested", func() {
		var a, b any = Wrapper{[]int{1}}, Wrapper{[]int{1}}
		fmt.Println(a == b)
	})
	try("func eq", func() {
		var a, b any = func() {}, func() {}
		fmt.Println(a == b)
	})
	try("map eq", func() {
		var a, b any = map[int]int{}, map[int]int{}
		fmt.Println(a == b)
	})
	try("array of iface", func() {
		a := [2]any{1, []int{}}
		b := [2]any{1, []int{}}
		fmt.Println(a == b)
	})
	try("diff types ok", func() {
		var a, b any = []int{}, 5
		fmt.Println(a == b)
	})
	try("switch", func() {
		var a any = []int{1}
		switch a {
		case 1:
			fmt.Println("one")
		case nil:
			fmt.Println("nil")
		default:
			fmt.Println("default")
		}
	})
	try("switch2", func() {
		var a any = Key{}
		switch a {
		case any(Key{}):
			fmt.Println("key")
		}
	})
	fmt.Println(fmt.Errorf("x: %w", nil), errors.Unwrap(fmt.Errorf("x: %w", nil)) == nil)
	var nilE error
	fmt.Println(errors.Is(nilE, nil), errors.Is(e1, nil))
}
