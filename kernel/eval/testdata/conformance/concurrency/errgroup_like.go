package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	tasks := []int{1, 2, 3, 4}
	for _, t := range tasks {
		wg.Go(func() {
			if t%2 == 0 {
				mu.Lock()
				errs = append(errs, fmt.Errorf("task %d failed", t))
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	err := errors.Join(errs...)
	fmt.Println(err != nil, len(errs))
}
