package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	for i := 0; i < 5; i++ {
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
	fmt.Println("per-iteration i:", seen)
	seen = nil
	shared := 0
	for i := 0; i < 5; i++ {
		shared = i
	}
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, shared)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("shared var:", seen)
	var funcs []func() int
	for i := range 3 {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	res := make(chan string, 3)
	for _, s := range []string{"x", "y", "z"} {
		go func(prefix string) { res <- prefix + s }("<")
	}
	var out []string
	for range 3 {
		out = append(out, <-res)
	}
	sort.Strings(out)
	fmt.Println(out)
}
