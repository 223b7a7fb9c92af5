package main

import (
	"fmt"
	"sync"
)

func main() {
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, s := range []string{"a", "b"} {
		prints = append(prints, func() { fmt.Print(s, " ") })
	}
	for i := range 2 {
		prints = append(prints, func() { fmt.Print(i*10, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])
	var fs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	res := make([]int, 5)
	var wg sync.WaitGroup
	for i := range res {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(res)
	var incs []func()
	for i := 0; i < 3; i++ {
		incs = append(incs, func() { i += 100 })
		incs[len(incs)-1]()
		fmt.Print(i, " ")
	}
	fmt.Println()
	m := map[string]func() string{}
	for _, k := range []string{"x", "y"} {
		m[k] = func() string { return k + k }
	}
	fmt.Println(m["x"](), m["y"]())
	funcs := make([]func(), 0)
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		funcs = append(funcs, func() { fmt.Print(i, ":", j, " ") })
	}
	for _, f := range funcs {
		f()
	}
	fmt.Println()
}
