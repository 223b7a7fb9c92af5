package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	futs := map[int]*futures.Future{}
	for n := 15; n < 20; n++ {
		futs[n] = ex.Submit(func() any { return fib(n) })
	}
	var parts []string
	for n := 15; n < 20; n++ {
		r, _ := futs[n].Result()
		parts = append(parts, fmt.Sprintf("%d: %v", n, r))
	}
	fmt.Println("{" + strings.Join(parts, ", ") + "}")
	var items []any
	for i := range 10 {
		items = append(items, i)
	}
	rs, _ := ex.Map(func(x any) any { return fib(x.(int)) }, items)
	sum := 0
	for _, r := range rs {
		sum += r.(int)
	}
	fmt.Println(sum)
	ex.Shutdown(true, false)
}
