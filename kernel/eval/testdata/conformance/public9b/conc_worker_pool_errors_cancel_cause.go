package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type ValidationError struct {
	Item int
	Why  string
}

func (v *ValidationError) Error() string { return fmt.Sprintf("item %d invalid: %s", v.Item, v.Why) }

func process(ctx context.Context, item int) (int, error) {
	if err := context.Cause(ctx); err != nil {
		return 0, err
	}
	if item%7 == 0 {
		return 0, &ValidationError{item, "multiple of seven"}
	}
	return item * 3, nil
}

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	jobs := make(chan int)
	type res struct {
		item, val int
		err       error
	}
	results := make(chan res)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				v, err := process(ctx, it)
				results <- res{it, v, err}
			}
		}()
	}
	go func() {
		for i := 1; i <= 10; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	var ok []string
	var firstBad *ValidationError
	for r := range results {
		var ve *ValidationError
		if errors.As(r.err, &ve) {
			if firstBad == nil || ve.Item < firstBad.Item {
				firstBad = ve
			}
			continue
		}
		ok = append(ok, fmt.Sprintf("%d->%d", r.item, r.val))
	}
	sort.Strings(ok)
	fmt.Println(ok)
	cancel(firstBad)
	fmt.Println(ctx.Err(), context.Cause(ctx))
	_, err := process(ctx, 1)
	var ve *ValidationError
	fmt.Println(errors.As(err, &ve), ve.Item, err == error(firstBad))
}
