package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID    int
	Input string
}

type Result struct {
	JobID    int
	Output   string
	Attempts int
	Err      error
}

var ErrFlaky = errors.New("flaky failure")

// process fails the first time for inputs starting with "f" and always
// for inputs containing "x".
func process(attempt int, j Job) (string, error) {
	switch {
	case strings.Contains(j.Input, "x"):
		return "", fmt.Errorf("job %d: cannot process %q", j.ID, j.Input)
	case strings.HasPrefix(j.Input, "f") && attempt == 1:
		return "", ErrFlaky
	}
	return strings.ToUpper(j.Input), nil
}

func worker(ctx context.Context, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		r := Result{JobID: j.ID}
		for attempt := 1; attempt <= 3; attempt++ {
			if ctx.Err() != nil {
				r.Err = ctx.Err()
				break
			}
			r.Attempts = attempt
			out, err := process(attempt, j)
			if err == nil {
				r.Output, r.Err = out, nil
				break
			}
			r.Err = err
			if !errors.Is(err, ErrFlaky) {
				break
			}
		}
		results <- r
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	inputs := []string{"alpha", "foo", "box", "gamma", "fizz", "delta", "xray"}
	jobs := make(chan Job)
	results := make(chan Result, len(inputs))
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go worker(ctx, jobs, results, &wg)
	}
	for i, in := range inputs {
		jobs <- Job{i, in}
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	failed := 0
	for _, r := range all {
		if r.Err != nil {
			failed++
			fmt.Printf("job %d FAILED after %d: %v\n", r.JobID, r.Attempts, r.Err)
			continue
		}
		fmt.Printf("job %d ok after %d: %s\n", r.JobID, r.Attempts, r.Output)
	}
	fmt.Printf("%d/%d failed\n", failed, len(all))

	cctx, ccancel := context.WithCancel(context.Background())
	ccancel()
	jobs2 := make(chan Job, 1)
	res2 := make(chan Result, 1)
	var wg2 sync.WaitGroup
	wg2.Add(1)
	jobs2 <- Job{99, "late"}
	close(jobs2)
	worker(cctx, jobs2, res2, &wg2)
	r := <-res2
	fmt.Println(r.JobID, r.Attempts, r.Err, errors.Is(r.Err, context.Canceled))
}
