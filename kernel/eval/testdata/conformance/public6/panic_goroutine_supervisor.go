package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type TaskError struct {
	Task  string
	Panic any
}

func (e *TaskError) Error() string { return fmt.Sprintf("task %s panicked: %v", e.Task, e.Panic) }

type Result struct {
	Task string
	Out  string
	Err  error
}

func safeGo(wg *sync.WaitGroup, name string, results chan<- Result, f func() (string, error)) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				results <- Result{Task: name, Err: &TaskError{name, r}}
			}
		}()
		out, err := f()
		results <- Result{name, out, err}
	}()
}

var ErrTransient = errors.New("transient")

func retry(attempts int, f func(int) (string, error)) func() (string, error) {
	return func() (string, error) {
		var errs []error
		for i := 1; i <= attempts; i++ {
			out, err := f(i)
			if err == nil {
				return fmt.Sprintf("%s (attempt %d)", out, i), nil
			}
			errs = append(errs, fmt.Errorf("attempt %d: %w", i, err))
			if !errors.Is(err, ErrTransient) {
				break
			}
		}
		return "", errors.Join(errs...)
	}
}

func main() {
	results := make(chan Result, 10)
	var wg sync.WaitGroup
	safeGo(&wg, "ok", results, func() (string, error) { return "fine", nil })
	safeGo(&wg, "nilmap", results, func() (string, error) {
		var m map[string]int
		m["x"]++
		return "unreachable", nil
	})
	safeGo(&wg, "index", results, func() (string, error) {
		s := []int{1}
		i := 3
		return fmt.Sprint(s[i]), nil
	})
	safeGo(&wg, "custom", results, func() (string, error) { panic(fmt.Sprintf("bad state %d", 7)) })
	safeGo(&wg, "flaky", results, retry(5, func(i int) (string, error) {
		if i < 3 {
			return "", ErrTransient
		}
		return "recovered", nil
	}))
	safeGo(&wg, "fatal", results, retry(5, func(i int) (string, error) {
		if i == 1 {
			return "", ErrTransient
		}
		return "", errors.New("permanent")
	}))
	wg.Wait()
	close(results)
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Task < all[j].Task })
	for _, r := range all {
		var te *TaskError
		switch {
		case errors.As(r.Err, &te):
			fmt.Printf("%-7s PANIC %v (%T)\n", r.Task, te.Panic, te.Panic)
		case r.Err != nil:
			fmt.Printf("%-7s ERROR %s\n", r.Task, strings.ReplaceAll(r.Err.Error(), "\n", " / "))
		default:
			fmt.Printf("%-7s OK    %s\n", r.Task, r.Out)
		}
	}
}
