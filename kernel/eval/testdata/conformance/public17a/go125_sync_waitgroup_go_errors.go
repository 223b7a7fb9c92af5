package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

func fetch(id int) (string, error) {
	if id%3 == 0 {
		return "", fmt.Errorf("fetch %d: %w", id, errors.ErrUnsupported)
	}
	return fmt.Sprintf("item-%d", id), nil
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var items []string
	var errs []error
	for id := 1; id <= 7; id++ {
		wg.Go(func() {
			v, err := fetch(id)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
				return
			}
			items = append(items, v)
		})
	}
	wg.Wait()
	sort.Strings(items)
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	fmt.Println(items)
	joined := errors.Join(errs...)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, errors.ErrUnsupported))
}
