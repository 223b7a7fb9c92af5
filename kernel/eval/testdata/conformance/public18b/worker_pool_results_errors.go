package main

import (
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
	JobID  int
	Output string
	Err    error
	Worker int
}

var ErrEmpty = errors.New("empty input")

func process(j Job) (string, error) {
	if j.Input == "" {
		return "", fmt.Errorf("job %d: %w", j.ID, ErrEmpty)
	}
	if strings.HasPrefix(j.Input, "!") {
		panic("bad job " + j.Input)
	}
	return strings.ToUpper(j.Input), nil
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					results <- Result{JobID: j.ID, Err: fmt.Errorf("recovered: %v", r), Worker: id}
				}
			}()
			out, err := process(j)
			results <- Result{j.ID, out, err, id}
		}()
	}
}

func main() {
	inputs := []string{"alpha", "", "gamma", "!boom", "epsilon", "zeta", "", "theta"}
	jobs := make(chan Job)
	results := make(chan Result, len(inputs))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for i, in := range inputs {
			jobs <- Job{i, in}
		}
		close(jobs)
	}()
	wg.Wait()
	close(results)
	var all []Result
	workers := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workers[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	var errs []error
	for _, r := range all {
		if r.Err != nil {
			errs = append(errs, r.Err)
			fmt.Printf("%d: ERR %v (empty=%v)\n", r.JobID, r.Err, errors.Is(r.Err, ErrEmpty))
			continue
		}
		fmt.Printf("%d: %s\n", r.JobID, r.Output)
	}
	joined := errors.Join(errs...)
	fmt.Println(len(all), len(errs), errors.Is(joined, ErrEmpty), len(workers) >= 1)
}
