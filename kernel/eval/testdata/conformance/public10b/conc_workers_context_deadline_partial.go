package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type Result struct {
	ID  int
	Val int
	Err error
}

func work(ctx context.Context, id int) Result {
	if id%4 == 3 {
		select {
		case <-ctx.Done():
			return Result{ID: id, Err: fmt.Errorf("job %d: %w", id, ctx.Err())}
		case <-time.After(time.Hour):
		}
	}
	return Result{ID: id, Val: id * id}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	jobs := make(chan int)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range jobs {
				results <- work(ctx, id)
			}
		}()
	}
	go func() {
		for i := 0; i < 8; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	var ok, failed []Result
	for r := range results {
		if r.Err != nil {
			failed = append(failed, r)
		} else {
			ok = append(ok, r)
		}
	}
	sort.Slice(ok, func(i, j int) bool { return ok[i].ID < ok[j].ID })
	sort.Slice(failed, func(i, j int) bool { return failed[i].ID < failed[j].ID })
	for _, r := range ok {
		fmt.Print(r.ID, ":", r.Val, " ")
	}
	fmt.Println()
	for _, r := range failed {
		fmt.Println(r.Err, errors.Is(r.Err, context.DeadlineExceeded))
	}
}
