package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Declared funcs called through func values: variables, maps, slices,
// parameters, results, struct fields, recursion through a value.

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }
func mul(a, b int) int { return a * b }

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func pick(op string) func(int, int) int {
	switch op {
	case "+":
		return add
	case "-":
		return sub
	}
	return mul
}

var fibv func(int) int

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fibv(n-1) + fibv(n-2)
}

func divide(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func swap(a, b string) (string, string) { return b, a }

func shout(s string) string { return strings.ToUpper(s) + "!" }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

type calc struct {
	name string
	fn   func(int, int) int
}

func counter() (func() int, func()) {
	n := 0
	return func() int { return n }, func() { n++ }
}

func mustPositive(x int) int {
	if x < 0 {
		panic(fmt.Sprintf("negative: %d", x))
	}
	return x
}

func main() {
	f := add
	s := 0
	for i := 0; i < 1000; i++ {
		s = f(s, i)
	}
	fmt.Println("sum via value:", s)

	ops := map[string]func(int, int) int{"+": add, "-": sub, "*": mul}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ops[k](7, 3), apply(ops[k], 10, 4), pick(k)(2, 5))
	}

	table := []calc{{"add", add}, {"sub", sub}, {"mul", mul}}
	for _, c := range table {
		fmt.Printf("%s(6,2)=%d\n", c.name, c.fn(6, 2))
	}

	fibv = fib
	fmt.Println("fib(20) =", fibv(20))

	d := divide
	if q, err := d(10, 2); err == nil {
		fmt.Println("q =", q)
	}
	if _, err := d(1, 0); err != nil {
		fmt.Println("err:", err)
	}

	sw := swap
	a, b := sw("x", "y")
	fmt.Println(a, b)

	var sh func(string) string = shout
	fmt.Println(sh("go"), strings.Map(func(r rune) rune { return r + 1 }, "HAL"))

	sm := sum
	fmt.Println(sm(), sm(1, 2, 3), sm([]int{4, 5}...))

	get, inc := counter()
	for i := 0; i < 5; i++ {
		inc()
	}
	fmt.Println("counter:", get())

	fs := []func(int) int{mustPositive}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for _, x := range []int{3, 2, -1} {
			fmt.Println("ok", fs[0](x))
		}
	}()

	// A func value reassigned inside a loop.
	g := add
	t := 1
	for i := 1; i <= 6; i++ {
		if i%2 == 0 {
			g = mul
		} else {
			g = add
		}
		t = g(t, i)
	}
	fmt.Println("alternating:", t)

	var nilf func(int, int) int
	func() {
		defer func() { fmt.Println("nil func:", recover()) }()
		nilf(1, 2)
	}()
}
