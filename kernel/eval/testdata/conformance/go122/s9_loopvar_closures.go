package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var fns []func() int
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i * 10 })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*string
	for _, s := range []string{"a", "b", "c"} {
		ptrs = append(ptrs, &s)
	}
	for _, p := range ptrs {
		fmt.Print(*p)
	}
	fmt.Println()

	var mu sync.Mutex
	var got []int
	var wg sync.WaitGroup
	for i := range 5 {
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

	// Each iteration's variable is its own, even when the body changes it.
	var seen []func() int
	for i := 0; i < 6; i++ {
		seen = append(seen, func() int { return i })
		i++
	}
	for _, f := range seen {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
