package main

import (
	"fmt"
	"sync"
)

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var ss []func() string
	for _, s := range []string{"a", "b", "c"} {
		ss = append(ss, func() string { return s })
	}
	for _, f := range ss {
		fmt.Print(f())
	}
	fmt.Println()
	var mu sync.Mutex
	var wg sync.WaitGroup
	res := map[int]bool{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			res[i] = true
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(len(res), res[0], res[4])
	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}
	a, b := counter(), counter()
	fmt.Println(a(), a(), a(), b())
	var fs2 []func()
	for i := 0; i < 3; i++ {
		fs2 = append(fs2, func() { fmt.Print(i, " ") })
		i++
	}
	for _, f := range fs2 {
		f()
	}
	fmt.Println()
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
}
