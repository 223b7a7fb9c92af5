package main

// Calls of closures held in variables of the frame that made them run the
// literal's body directly: captured variables (shared, per-iteration loop
// variables), results, variadic, conditions, defers, panics and recover,
// recursion, closures made in a loop and called later.

import (
	"fmt"
	"strings"
)

func run() (out []string) {
	k := 3
	add := func(x int) int { return x + k }
	t := 0
	for i := 0; i < 5; i++ {
		t = add(t)
	}
	k = 10
	out = append(out, fmt.Sprint("add ", t, " ", add(1)))
	n := 0
	inc := func() { n++ }
	for i := 0; i < 4; i++ {
		inc()
	}
	out = append(out, fmt.Sprint("inc ", n))
	var fs []func() int
	for i := 0; i < 3; i++ {
		f := func() int { return i * i }
		out = append(out, fmt.Sprint("now ", f()))
		fs = append(fs, f)
	}
	for _, f := range fs {
		out = append(out, fmt.Sprint("later ", f()))
	}
	divmod := func(a, b int) (q, r int) { return a / b, a % b }
	q, r := divmod(17, 5)
	out = append(out, fmt.Sprint("divmod ", q, r))
	join := func(sep string, parts ...string) string { return strings.Join(parts, sep) }
	out = append(out, join("-", "a", "b", "c"), join("+"))
	even := func(x int) bool { return x%2 == 0 }
	for i := 0; i < 3; i++ {
		if even(i) {
			out = append(out, fmt.Sprint("even ", i))
		}
	}
	named := func() (r int) {
		defer func() { r *= 10 }()
		r = 4
		return r + 1
	}
	out = append(out, fmt.Sprint("named ", named()))
	safe := func(x int) (res string) {
		defer func() {
			if e := recover(); e != nil {
				res = fmt.Sprint("recovered ", e)
			}
		}()
		arr := []int{1, 2}
		return fmt.Sprint(arr[x])
	}
	out = append(out, safe(1), safe(5))
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	out = append(out, fmt.Sprint("fib ", fib(20)))
	g := add
	add = func(x int) int { return -x }
	out = append(out, fmt.Sprint("swap ", g(1), " ", add(1)))
	var nilf func()
	defer func() {
		out = append(out, fmt.Sprint("nil func: ", recover()))
	}()
	nilf()
	return out
}

func main() {
	for _, s := range run() {
		fmt.Println(s)
	}
	x := 1
	double := func() { x *= 2 }
	for i := 0; i < 5; i++ {
		double()
	}
	fmt.Println("top", x)
}
