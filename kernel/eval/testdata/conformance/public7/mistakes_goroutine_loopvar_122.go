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
			got = append(got, i) // each iteration has its own i since Go 1.22
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)

	words := []string{"go", "is", "fun"}
	results := make([]string, len(words))
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = w + "!"
		}()
	}
	wg.Wait()
	fmt.Println(results)

	var funcs []func() int
	for i := range 3 {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// the three-clause loop copies the var per iteration, post statement acts on the copy
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
		i++
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println(len(ptrs))

	ch := make(chan int, 3)
	for _, v := range []int{7, 8, 9} {
		go func() { ch <- v * 10 }()
	}
	sum := 0
	for range 3 {
		sum += <-ch
	}
	fmt.Println(sum)
}
