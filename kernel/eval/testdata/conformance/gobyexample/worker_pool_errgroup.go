package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type result struct {
	id  int
	out int
	err error
}

func process(id int) (int, error) {
	if id%4 == 0 {
		return 0, fmt.Errorf("job %d: %w", id, errors.ErrUnsupported)
	}
	return id * id, nil
}

func main() {
	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range jobs {
				out, err := process(id)
				results <- result{id, out, err}
			}
		}()
	}
	go func() {
		for i := 1; i <= 8; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	var errs []error
	sum := 0
	for _, r := range all {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		sum += r.out
	}
	fmt.Println("sum:", sum)
	err := errors.Join(errs...)
	fmt.Println(err)
	fmt.Println(errors.Is(err, errors.ErrUnsupported))
}
