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
	for _, p := range prints {
		p()
	}
	fmt.Println()

	var wg sync.WaitGroup
	res := make([]string, 3)
	for i, s := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = s + s
		}()
	}
	wg.Wait()
	fmt.Println(res)

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	acc := func() func(int) int {
		sum := 0
		return func(x int) int {
			sum += x
			return sum
		}
	}()
	for i := 1; i <= 4; i++ {
		acc(i)
	}
	fmt.Println(acc(0))
}
