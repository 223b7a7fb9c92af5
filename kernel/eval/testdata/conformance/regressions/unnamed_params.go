package main

// Functions with unnamed and blank parameters (literals, callbacks of
// compiled functions, methods, variadic, deferred and go calls) and mixed
// named and blank results.

import (
	"fmt"
	"sort"
)

type T struct{ n int }

func (t T) M(int, string) string { return fmt.Sprint("M", t.n) }

func (t *T) P(_ int, s string) string { return "P" + s }

func named() (int, error) { return 1, nil }

func main() {
	h := func(int) { fmt.Println("x") }
	h(1)
	h2 := func(int, string) string { return "two" }
	fmt.Println(h2(1, "a"))
	h3 := func(_ int, s string) string { return "s=" + s }
	fmt.Println(h3(1, "b"))
	h4 := func(_, _ int) int { return 4 }
	fmt.Println(h4(1, 2))
	s := []int{3, 1, 2}
	calls := 0
	sort.Slice(s, func(int, int) bool { calls++; return false })
	fmt.Println(s, calls > 0)
	sort.Slice(s, func(i, _ int) bool { return s[i] == 1 })
	fmt.Println(s[0])
	r := func(int) (int, error) { return 7, nil }
	fmt.Println(r(0))
	r2 := func() (n int, _ error) { n = 8; return }
	fmt.Println(r2())
	fmt.Println(T{5}.M(1, "a"))
	t := &T{6}
	fmt.Println(t.P(1, "q"))
	v := func(int, ...string) int { return 9 }
	fmt.Println(v(1, "a", "b"))
	var fn func(int) string = func(int) string { return "typed" }
	fmt.Println(fn(3))
	fmt.Println(func(bool) int { return 10 }(true))
	defer func(int) { fmt.Println("deferred") }(1)
	done := make(chan bool)
	go func(string) { done <- true }("x")
	<-done
	fmt.Println(named())
	cb := func(f func(int) int) int { return f(2) }
	fmt.Println(cb(func(int) int { return 11 }))
}
