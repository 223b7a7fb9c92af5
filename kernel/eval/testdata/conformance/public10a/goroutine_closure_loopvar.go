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

	res := make([]int, 4)
	for i, v := range []int{10, 20, 30, 40} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = v * 2
		}()
	}
	wg.Wait()
	fmt.Println(res)
}
