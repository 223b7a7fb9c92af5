package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID  int
	Worker int
	Words  int
	Err    error
}

var ErrEmpty = errors.New("empty input")

func process(j Job) (int, error) {
	if strings.TrimSpace(j.Text) == "" {
		return 0, fmt.Errorf("job %d: %w", j.ID, ErrEmpty)
	}
	return len(strings.Fields(j.Text)), nil
}

func main() {
	texts := []string{
		"the quick brown fox",
		"",
		"jumps over",
		"the lazy dog and then some",
		"   ",
		"end",
	}
	jobs := make(chan Job)
	results := make(chan Result)
	var wg sync.WaitGroup
	const workers = 3
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				n, err := process(j)
				results <- Result{JobID: j.ID, Worker: id, Words: n, Err: err}
			}
		}(w)
	}
	go func() {
		for i, t := range texts {
			jobs <- Job{ID: i, Text: t}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	total := 0
	var errs []error
	for _, r := range all {
		if r.Err != nil {
			errs = append(errs, r.Err)
			fmt.Printf("job %d failed: %v (empty=%v)\n", r.JobID, r.Err, errors.Is(r.Err, ErrEmpty))
			continue
		}
		total += r.Words
		fmt.Printf("job %d: %d words\n", r.JobID, r.Words)
	}
	fmt.Println("total", total)
	joined := errors.Join(errs...)
	fmt.Println(strings.ReplaceAll(joined.Error(), "\n", " | "))
	fmt.Println(errors.Is(joined, ErrEmpty))
}
