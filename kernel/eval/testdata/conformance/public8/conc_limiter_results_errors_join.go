package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Validation struct {
	Field string
	Err   error
}

func validateUser(u map[string]string) []Validation {
	checks := map[string]func(string) error{
		"name": func(s string) error {
			if s == "" {
				return errors.New("required")
			}
			return nil
		},
		"email": func(s string) error {
			if !strings.Contains(s, "@") {
				return fmt.Errorf("invalid email %q", s)
			}
			return nil
		},
		"age": func(s string) error {
			var n int
			if _, err := fmt.Sscan(s, &n); err != nil || n < 0 {
				return fmt.Errorf("invalid age %q", s)
			}
			return nil
		},
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	var out []Validation
	for field, check := range checks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			if err := check(u[field]); err != nil {
				mu.Lock()
				out = append(out, Validation{field, err})
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	sort.Slice(out, func(i, j int) bool { return out[i].Field < out[j].Field })
	return out
}

func main() {
	users := []map[string]string{
		{"name": "ann", "email": "ann@x.org", "age": "31"},
		{"name": "", "email": "nope", "age": "-3"},
		{"email": "cy@y.io", "age": "x"},
	}
	for i, u := range users {
		vs := validateUser(u)
		var errs []error
		for _, v := range vs {
			errs = append(errs, fmt.Errorf("%s: %w", v.Field, v.Err))
		}
		if err := errors.Join(errs...); err != nil {
			fmt.Printf("user %d:\n%v\n", i, err)
		} else {
			fmt.Printf("user %d: ok\n", i)
		}
	}
}
