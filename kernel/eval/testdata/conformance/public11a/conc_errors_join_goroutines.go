package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"
	"sync"
)

type ValidationError struct {
	Field string
	Msg   string
}

func (v *ValidationError) Error() string { return v.Field + ": " + v.Msg }

func validate(field, value string) error {
	switch {
	case value == "":
		return &ValidationError{field, "required"}
	case strings.Contains(value, " "):
		return fmt.Errorf("check %s: %w", field, &ValidationError{field, "no spaces"})
	case value == "missing":
		return fmt.Errorf("open %s: %w", field, fs.ErrNotExist)
	}
	return nil
}

func main() {
	inputs := map[string]string{"name": "", "email": "a b", "city": "Paris", "file": "missing"}
	var mu sync.Mutex
	var errs []error
	var wg sync.WaitGroup
	for f, v := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := validate(f, v); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	joined := errors.Join(errs...)
	fmt.Println(joined)
	fmt.Println("---")
	var ve *ValidationError
	fmt.Println(errors.As(joined, &ve), ve.Field)
	fmt.Println(errors.Is(joined, fs.ErrNotExist), errors.Is(joined, os.ErrNotExist))
	fmt.Println(errors.Join(nil, nil) == nil)
	u, ok := joined.(interface{ Unwrap() []error })
	fmt.Println(ok, len(u.Unwrap()))
	w := fmt.Errorf("multi: %w and %w", errs[0], errs[1])
	fmt.Println(w, len(w.(interface{ Unwrap() []error }).Unwrap()))
}
