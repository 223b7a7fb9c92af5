package main

import (
	"fmt"
	"sort"
	"sync"
)

type Handler func(int) int

func chain(hs ...Handler) Handler {
	return func(x int) int {
		for _, h := range hs {
			x = h(x)
		}
		return x
	}
}

func adder(n int) Handler { return func(x int) int { return x + n } }

func makeCounters() (inc func() int, get func() int, reset func()) {
	c := 0
	inc = func() int { c++; return c }
	get = func() int { return c }
	reset = func() { c = 0 }
	return
}

func main() {
	var fns []func() int
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i * 10 })
	}
	for _, s := range []string{"x", "y"} {
		fns = append(fns, func() int { return len(s) })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var mu sync.Mutex
	var wg sync.WaitGroup
	seen := []int{}
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)

	h := chain(adder(1), func(x int) int { return x * 3 }, adder(-2))
	fmt.Println(h(5), chain()(7))

	inc, get, reset := makeCounters()
	inc()
	inc()
	fmt.Println(get())
	reset()
	fmt.Println(inc(), get())

	// closure modifying captured loop var copy
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
		i += 0
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// memoization via closure with map
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(60), len(memo))

	// results indexed by goroutine
	res := make([]string, 4)
	var wg2 sync.WaitGroup
	for i, w := range []string{"go", "is", "so", "fun"} {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			res[i] = fmt.Sprintf("%d:%s", i, w)
		}()
	}
	wg2.Wait()
	fmt.Println(res)
}
