package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() { c.n++ }

func main() {
	counters := map[string]*Counter{}
	get := func(name string) *Counter {
		c, ok := counters[name]
		if !ok {
			c = &Counter{name: name}
			counters[name] = c
		}
		return c
	}
	for _, w := range strings.Fields("go rust go zig go rust") {
		get(w).Inc()
	}
	var names []string
	for n := range counters {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Print(n, "=", counters[n].n, " ")
	}
	fmt.Println()

	acc := []int{}
	push := func(v ...int) { acc = append(acc, v...) }
	push(1, 2)
	acc, extra := append(acc, 3), len(acc)
	push(4)
	fmt.Println(acc, extra)

	best := ""
	consider := func(s string) {
		if len(s) > len(best) {
			best = s
		}
	}
	for _, s := range []string{"ab", "abcd", "abc"} {
		consider(s)
	}
	best, runner := strings.ToUpper(best), "none"
	consider("abcdefg")
	fmt.Println(best, runner)

	fns := []func() int{}
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i * 10 })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	px := &x
	x, y := x+1, x+2
	fmt.Println(*px, x, y)
}
