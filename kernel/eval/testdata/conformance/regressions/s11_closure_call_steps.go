package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Func values called in loops: closures that capture and change
// variables, per-iteration loop variables, closures returned by funcs,
// recursive closures, closures in slices, maps and fields, generic
// helpers taking funcs, method values, compiled funcs, nil funcs.

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for i := 0; i < len(xs); i++ {
		if keep(xs[i]) {
			out = append(out, xs[i])
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func makeCounter(step int) func() int {
	n := 0
	return func() int {
		n += step
		return n
	}
}

func adder(base int) func(int) int { return func(x int) int { return base + x } }

type Button struct {
	label   string
	onClick func(int) string
}

type Acc struct{ total int }

func (a *Acc) Add(x int) int { a.total += x; return a.total }

func named() (f func(int) int) {
	k := 10
	f = func(x int) (r int) {
		r = x * k
		return
	}
	k = 20 // the closure sees the change
	return
}

func main() {
	k := 3
	add := func(a, b int) int { return a + b*k }
	s := 0
	for i := 0; i < 1000; i++ {
		s = add(s, i) & 0xffffff
		if i == 500 {
			k = 5
		}
	}
	fmt.Println("s:", s)

	c1, c2 := makeCounter(1), makeCounter(10)
	t := 0
	for i := 0; i < 5; i++ {
		t += c1() + c2()
	}
	fmt.Println("counters:", t, c1(), c2())

	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
	}
	sum := 0
	for j := 0; j < len(fs); j++ {
		sum += fs[j]()
	}
	fmt.Println("per-iteration:", sum)

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println("fib:", fib(22))

	ops := map[string]func(int) int{"inc": adder(1), "dbl": func(x int) int { return 2 * x }, "sq": func(x int) int { return x * x }}
	names := []string{"inc", "dbl", "sq"}
	v := 3
	for i := 0; i < 6; i++ {
		v = ops[names[i%3]](v)
	}
	fmt.Println("ops:", v)

	b := Button{"ok", func(n int) string { return strings.Repeat("!", n) }}
	for i := 1; i <= 3; i++ {
		fmt.Print(b.label, b.onClick(i), " ")
	}
	fmt.Println()

	words := []string{"go", "rust", "python", "c", "java"}
	lens := Map(words, func(w string) int { return len(w) })
	long := Filter(words, func(w string) bool { return len(w) > 2 })
	total := Reduce(lens, 0, func(a, x int) int { return a + x })
	fmt.Println(lens, long, total)
	up := Map(words, strings.ToUpper)
	sort.Strings(up)
	fmt.Println(up)

	acc := &Acc{}
	f := acc.Add // a method value
	for i := 1; i <= 4; i++ {
		f(i)
	}
	fmt.Println("method value:", acc.total)

	g := named()
	fmt.Println("named:", g(2), g(3))

	// A closure that changes a variable of its maker, called in a loop.
	count := 0
	hit := func(n int) bool {
		count++
		return n%3 == 0
	}
	found := 0
	for i := 0; i < 30; i++ {
		if hit(i) {
			found++
		}
	}
	fmt.Println("hits:", count, found)

	// Closures called by goroutines.
	var mu sync.Mutex
	var wg sync.WaitGroup
	shared := 0
	work := func(n int) {
		defer wg.Done()
		for i := 0; i < n; i++ {
			mu.Lock()
			shared++
			mu.Unlock()
		}
	}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go work(250)
	}
	wg.Wait()
	fmt.Println("shared:", shared)

	// The func variable changes from a closure to another.
	h := func(x int) int { return x + 1 }
	r := 0
	for i := 0; i < 6; i++ {
		r = h(r)
		if i == 2 {
			h = func(x int) int { return x * 2 }
		}
	}
	fmt.Println("switched:", r)

	var nf func(int) int
	func() {
		defer func() { fmt.Println("nil func:", recover()) }()
		for i := 0; i < 2; i++ {
			if i == 1 {
				nf(i)
			}
		}
	}()

	deferred := 0
	func() {
		bump := func(d int) { deferred += d }
		for i := 1; i <= 3; i++ {
			defer bump(i)
			bump(10)
		}
	}()
	fmt.Println("deferred:", deferred)
}
