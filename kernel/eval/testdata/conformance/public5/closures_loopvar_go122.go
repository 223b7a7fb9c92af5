package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])

	names := []string{"a", "b", "c"}
	got := make(chan string, len(names))
	var wg sync.WaitGroup
	for idx, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got <- fmt.Sprint(idx, name)
		}()
	}
	wg.Wait()
	close(got)
	var seen []string
	for s := range got {
		seen = append(seen, s)
	}
	sort.Strings(seen)
	fmt.Println(seen)

	var incs []func()
	counter := 0
	for i := 0; i < 3; i++ {
		incs = append(incs, func() { counter += i })
		i++
	}
	for _, f := range incs {
		f()
	}
	fmt.Println("counter", counter, len(incs))

	shared := 0
	var adders []func()
	for j := 0; j < 3; j++ {
		adders = append(adders, func() { shared += j })
	}
	j := 100
	for _, a := range adders {
		a()
	}
	fmt.Println("shared", shared, j)

	m := map[string]func() string{}
	for _, k := range []string{"x", "y"} {
		m[k] = func() string { return k + k }
	}
	fmt.Println(m["x"](), m["y"]())

	makeCounter := func() (func() int, func()) {
		c := 0
		return func() int { c++; return c }, func() { c = 0 }
	}
	next, reset := makeCounter()
	next()
	next()
	fmt.Println(next())
	reset()
	fmt.Println(next())

	var closures [3]func() int
	for i, v := range [3]int{7, 8, 9} {
		closures[i] = func() int { return i*100 + v }
	}
	fmt.Println(closures[0](), closures[1](), closures[2]())
}
