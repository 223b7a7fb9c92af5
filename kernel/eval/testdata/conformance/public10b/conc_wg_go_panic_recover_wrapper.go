package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Errors struct {
	mu   sync.Mutex
	errs []error
}

func (e *Errors) Add(err error) {
	e.mu.Lock()
	e.errs = append(e.errs, err)
	e.mu.Unlock()
}

func (e *Errors) Err() error {
	sort.Slice(e.errs, func(i, j int) bool { return e.errs[i].Error() < e.errs[j].Error() })
	return errors.Join(e.errs...)
}

func safely(errs *Errors, name string, f func()) func() {
	return func() {
		defer func() {
			if r := recover(); r != nil {
				errs.Add(fmt.Errorf("%s: panic: %v", name, r))
			}
		}()
		f()
	}
}

func main() {
	var wg sync.WaitGroup
	var errs Errors
	data := map[string][]int{"a": {1, 2}, "b": nil, "c": {5}}
	results := make(map[string]int)
	var mu sync.Mutex
	for _, k := range []string{"a", "b", "c", "d"} {
		wg.Go(safely(&errs, k, func() {
			v := data[k]
			first := v[0]
			mu.Lock()
			results[k] = first * 10
			mu.Unlock()
		}))
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println(errs.Err())
}
