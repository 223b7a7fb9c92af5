package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
	var fns []func() string
	for _, s := range []string{"a", "b", "c"} {
		fns = append(fns, func() string { return s })
	}
	for _, f := range fns {
		fmt.Print(f())
	}
	fmt.Println()
	results := make(chan string, 3)
	for i, name := range []string{"x", "y", "z"} {
		go func() { results <- fmt.Sprint(i, name) }()
	}
	var rs []string
	for range 3 {
		rs = append(rs, <-results)
	}
	sort.Strings(rs)
	fmt.Println(rs)
	ptrs := []*int{}
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
}
