package main

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"sync"
)

type ValidationError struct {
	Field string
	Why   string
}

func (v *ValidationError) Error() string { return v.Field + ": " + v.Why }

type TimeoutError struct{ Op string }

func (t TimeoutError) Error() string { return t.Op + " timed out" }

func check(i int) error {
	switch i % 4 {
	case 1:
		return fmt.Errorf("item %d: %w", i, &ValidationError{"qty", "negative"})
	case 2:
		return fmt.Errorf("item %d: %w", i, TimeoutError{"fetch"})
	case 3:
		return fmt.Errorf("item %d: %w", i, fs.ErrPermission)
	}
	return nil
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := make([]string, 8)
	var errs []error
	for i := range 8 {
		wg.Go(func() {
			err := check(i)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
				results[i] = "err"
				return
			}
			results[i] = strconv.Itoa(i * i)
		})
	}
	wg.Wait()
	fmt.Println(results)
	slices.SortFunc(errs, func(a, b error) int {
		if a.Error() < b.Error() {
			return -1
		}
		return 1
	})
	for _, err := range errs {
		if ve, ok := errors.AsType[*ValidationError](err); ok {
			fmt.Println("validation:", ve.Field, ve.Why)
		} else if te, ok := errors.AsType[TimeoutError](err); ok {
			fmt.Println("timeout:", te.Op)
		} else if errors.Is(err, fs.ErrPermission) {
			fmt.Println("perm:", err)
		}
	}
	joined := errors.Join(errs...)
	_, ok := errors.AsType[TimeoutError](joined)
	_, ok2 := errors.AsType[*fs.PathError](joined)
	fmt.Println(ok, ok2)
}
