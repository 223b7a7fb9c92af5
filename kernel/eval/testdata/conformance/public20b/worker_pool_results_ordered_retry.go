package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type Task struct {
	ID    int
	Input int
}

type Result struct {
	ID       int
	Output   int
	Attempts int
	Err      error
}

var ErrTransient = errors.New("transient")
var ErrFatal = errors.New("fatal")

func process(t Task, attempt int) (int, error) {
	switch {
	case t.Input%7 == 0:
		return 0, fmt.Errorf("task %d: %w", t.ID, ErrFatal)
	case t.Input%3 == 0 && attempt < 2:
		return 0, fmt.Errorf("task %d attempt %d: %w", t.ID, attempt, ErrTransient)
	}
	return t.Input * t.Input, nil
}

func worker(tasks <-chan Task, results chan<- Result, busy *atomic.Int32) {
	for t := range tasks {
		busy.Add(1)
		r := Result{ID: t.ID}
		for attempt := 0; ; attempt++ {
			out, err := process(t, attempt)
			r.Attempts = attempt + 1
			if err == nil {
				r.Output = out
				break
			}
			if errors.Is(err, ErrTransient) && attempt < 3 {
				continue
			}
			r.Err = err
			break
		}
		busy.Add(-1)
		results <- r
	}
}

func main() {
	tasks := make(chan Task)
	results := make(chan Result)
	var busy atomic.Int32
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(tasks, results, &busy)
		}()
	}
	go func() {
		for i := 1; i <= 15; i++ {
			tasks <- Task{ID: i, Input: i + 1}
		}
		close(tasks)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	ordered := make([]Result, 16)
	for r := range results {
		ordered[r.ID] = r
	}
	sum, fatal, retried := 0, 0, 0
	for _, r := range ordered[1:] {
		status := "ok"
		if r.Err != nil {
			status = r.Err.Error()
			if errors.Is(r.Err, ErrFatal) {
				fatal++
			}
		} else {
			sum += r.Output
		}
		if r.Attempts > 1 {
			retried++
		}
		fmt.Printf("%2d in=%2d out=%3d attempts=%d %s\n", r.ID, r.ID+1, r.Output, r.Attempts, status)
	}
	fmt.Println(sum, fatal, retried, busy.Load())
}
