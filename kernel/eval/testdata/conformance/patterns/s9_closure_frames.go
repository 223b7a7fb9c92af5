package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Closures called many times: held in variables, slices, maps and struct
// fields, returned by functions, recursive through a variable, calling
// each other, made in a loop with per-iteration variables, and called
// from goroutines.

type handler struct {
	name string
	on   func(int) int
}

func makeCounter() (func() int, func() int) {
	n := 0
	return func() int { n++; return n }, func() int { return n }
}

func makeAdder(k int) func(int) int { return func(x int) int { return x + k } }

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func apply(n int, f func(int) int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += f(i)
	}
	return t
}

func main() {
	k := 3
	add := func(x int) int { return x + k }
	t := 0
	for i := 0; i < 1000; i++ {
		t = add(t)
		if i == 500 {
			k = 5
		}
	}
	fmt.Println(t)

	ops := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 3 % 1000003 },
		makeAdder(7),
		func(x int) int { return x - 2 },
		makeAdder(-1),
	}
	v := 1
	for i := 0; i < 10000; i++ {
		v = ops[i%len(ops)](v)
	}
	fmt.Println(v)

	byName := map[string]func(int) int{"double": func(x int) int { return 2 * x }, "neg": func(x int) int { return -x }}
	names := []string{"double", "neg", "double"}
	v = 1
	for i := 0; i < 30; i++ {
		v = byName[names[i%3]](v) % 1000
	}
	fmt.Println(v)

	hs := []handler{{"inc", func(x int) int { return x + 1 }}, {"sq", func(x int) int { return x * x % 97 }}}
	v = 2
	for i := 0; i < 100; i++ {
		for _, h := range hs {
			v = h.on(v)
		}
	}
	fmt.Println(v)

	inc, get := makeCounter()
	for i := 0; i < 12345; i++ {
		inc()
	}
	fmt.Println(get())

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))

	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	fmt.Println(isEven(100), isOdd(77), isEven(7))

	var fs []func() int
	for i := 0; i < 5; i++ {
		fs = append(fs, func() int { return i * i })
	}
	s := 0
	for r := 0; r < 100; r++ {
		for _, f := range fs {
			s += f()
		}
	}
	fmt.Println(s)

	c := compose(makeAdder(1), func(x int) int { return x * 2 }, makeAdder(-3))
	fmt.Println(apply(100, c), apply(10, func(x int) int { return x * x }))

	// Results that outlive the call.
	split := func(s string) []string { return strings.Fields(s) }
	keep := func(n int) *int { m := n * 2; return &m }
	var words [][]string
	var ptrs []*int
	for i := 0; i < 3; i++ {
		words = append(words, split(fmt.Sprint("a b ", i)))
		ptrs = append(ptrs, keep(i))
	}
	fmt.Println(words, *ptrs[0], *ptrs[1], *ptrs[2])

	// A closure that recovers, and one that panics.
	safe := func(f func() int) (r int, err error) {
		defer func() {
			if e := recover(); e != nil {
				err = fmt.Errorf("caught %v", e)
			}
		}()
		return f(), nil
	}
	div := func(a, b int) int { return a / b }
	for _, b := range []int{2, 0, 5} {
		r, err := safe(func() int { return div(10, b) })
		fmt.Println(r, err)
	}

	// Goroutines calling the same closures.
	var mu sync.Mutex
	total := 0
	sq := func(x int) int { return x * x }
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			local := 0
			for i := 0; i < 1000; i++ {
				local += sq(i%10) + add(g)
			}
			mu.Lock()
			total += local
			mu.Unlock()
		}(g)
	}
	wg.Wait()
	fmt.Println(total)

	xs := []int{5, 2, 8, 1, 9, 3}
	less := func(i, j int) bool { return xs[i] < xs[j] }
	sort.Slice(xs, less)
	fmt.Println(xs)
}
