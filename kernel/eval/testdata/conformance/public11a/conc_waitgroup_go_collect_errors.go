package main

import (
	"errors"
	"fmt"
	"slices"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	squares := map[int]int{}
	var errs []error
	for i := range 8 {
		wg.Go(func() {
			if i%3 == 2 {
				mu.Lock()
				errs = append(errs, fmt.Errorf("item %d rejected", i))
				mu.Unlock()
				return
			}
			mu.Lock()
			squares[i] = i * i
			mu.Unlock()
		})
	}
	wg.Wait()
	keys := slices.Sorted(func(yield func(int) bool) {
		for k := range squares {
			if !yield(k) {
				return
			}
		}
	})
	for _, k := range keys {
		fmt.Print(k, "=", squares[k], " ")
	}
	fmt.Println()
	slices.SortFunc(errs, func(a, b error) int {
		if a.Error() < b.Error() {
			return -1
		}
		return 1
	})
	fmt.Println(errors.Join(errs...))
}
