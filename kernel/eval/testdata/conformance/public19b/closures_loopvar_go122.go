package main

import (
	"fmt"
	"sort"
	"sync"
)

type Handler func() string

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()
	var hs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++ // modifies the per-iteration copy; next iteration copies it
		}
		hs = append(hs, func() int { return i })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	counter := 0
	inc := func() int { counter++; return counter }
	inc()
	inc()
	fmt.Println(counter)
	var mu sync.Mutex
	var wg sync.WaitGroup
	res := []int{}
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			res = append(res, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(res)
	fmt.Println(res)
	handlers := map[string]Handler{}
	for _, name := range []string{"x", "y"} {
		handlers[name] = func() string { return "handler " + name }
	}
	fmt.Println(handlers["x"](), handlers["y"]())
	adders := make([]func(int) int, 0)
	for _, k := range []int{1, 10, 100} {
		adders = append(adders, func(n int) int { return n + k })
	}
	total := 0
	for _, a := range adders {
		total = a(total)
	}
	fmt.Println(total)
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for range 10 {
		fmt.Print(fib(), ",")
	}
	fmt.Println()
	var deferred []string
	func() {
		for i := range 3 {
			defer func() { deferred = append(deferred, fmt.Sprint("d", i)) }()
		}
	}()
	fmt.Println(deferred)
	x := 1
	f := func() int { return x }
	x = 2
	fmt.Println(f())
	var rec func(int) int
	rec = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(10))
	j := 0
	var cl []func() int
	for j < 3 {
		cl = append(cl, func() int { return j })
		j++
	}
	fmt.Println(cl[0](), cl[1](), cl[2]())
	labels := []string{}
outer:
	for i := 0; i < 3; i++ {
		for k := 0; k < 3; k++ {
			if k == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			labels = append(labels, fmt.Sprint(i, k))
		}
	}
	fmt.Println(labels)
}
