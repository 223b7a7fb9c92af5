package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []string
	for _, v := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, v)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
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
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	results := make([]int, 5)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("defer ", i, "; ") }()
	}
	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}
	c1, c2 := counter(), counter()
	c1()
	c1()
	fmt.Println(c1(), c2())
	var prints []func()
	for i := 0; i < 6; i += 2 {
		i := i + 1
		prints = append(prints, func() { fmt.Print(i) })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
}
