package main

import (
	"errors"
	"fmt"
	"strings"
)

type Task func(attempt int) error

type Outcome struct {
	Name     string
	Attempts int
	Err      error
	Panics   []string
}

func supervise(name string, maxRestarts int, t Task) Outcome {
	out := Outcome{Name: name}
	for attempt := 1; attempt <= maxRestarts+1; attempt++ {
		out.Attempts = attempt
		errc := make(chan error, 1)
		go func() {
			defer func() {
				if r := recover(); r != nil {
					errc <- fmt.Errorf("panic: %v", r)
				}
			}()
			errc <- t(attempt)
		}()
		err := <-errc
		if err == nil {
			out.Err = nil
			return out
		}
		if strings.HasPrefix(err.Error(), "panic: ") {
			out.Panics = append(out.Panics, strings.TrimPrefix(err.Error(), "panic: "))
		}
		out.Err = err
		if errors.Is(err, errFatal) {
			return out
		}
	}
	return out
}

var errFatal = errors.New("fatal")

func main() {
	tasks := []struct {
		name string
		t    Task
	}{
		{"steady", func(int) error { return nil }},
		{"flaky", func(a int) error {
			if a < 3 {
				return fmt.Errorf("attempt %d flaked", a)
			}
			return nil
		}},
		{"panicky", func(a int) error {
			if a < 2 {
				var m map[string]int
				m["x"] = a
			}
			if a == 2 {
				panic(fmt.Sprintf("custom %d", a))
			}
			return nil
		}},
		{"doomed", func(a int) error { return fmt.Errorf("config: %w", errFatal) }},
		{"hopeless", func(a int) error { return errors.New("always") }},
	}
	results := make([]Outcome, len(tasks))
	done := make(chan int)
	for i, tk := range tasks {
		go func() {
			results[i] = supervise(tk.name, 3, tk.t)
			done <- i
		}()
	}
	for range tasks {
		<-done
	}
	for _, r := range results {
		fmt.Printf("%-8s attempts=%d err=%v panics=%q\n", r.Name, r.Attempts, r.Err, r.Panics)
	}
}
