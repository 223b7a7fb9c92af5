package main

import (
	"fmt"
	"sync"
)

type Fn func(Fn) int

type StateFn func(*int) StateFn

type M map[string]M

type Node struct {
	Next *Node
	Val  int
}

func kind(v any) string {
	switch x := v.(type) {
	case Fn:
		return fmt.Sprintf("Fn %d", x(nil))
	case StateFn:
		return "StateFn"
	case func(Fn) int:
		return "plain"
	}
	return "other"
}

func main() {
	var f Fn = func(g Fn) int { return 1 }
	fmt.Printf("%T|%T\n", f, Fn(nil))
	var a any = f
	fmt.Printf("%T %v\n", a, a.(Fn)(f))
	_, ok := a.(Fn)
	_, ok2 := a.(func(Fn) int)
	fmt.Println(ok, ok2, kind(a))
	var m sync.Map
	m.Store("f", f)
	v, _ := m.Load("f")
	g, ok := v.(Fn)
	fmt.Println(ok, g(f))
	var s StateFn
	s = func(n *int) StateFn {
		*n++
		if *n < 3 {
			return s
		}
		return nil
	}
	n := 0
	for st := s; st != nil; st = st(&n) {
	}
	fmt.Println(n, kind(s))
	fmt.Printf("%T\n", any(s))
	for _, x := range []any{f, s, M{"a": nil}, &Node{Val: 2}} {
		fmt.Printf("%T ", x)
	}
	fmt.Println()
	fmt.Println(fmt.Sprintf("%T", map[string]any{"f": f}["f"]))
}
