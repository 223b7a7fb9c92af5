package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

var errBadInput = errors.New("bad input")

func work(ctx context.Context, n int) (int, error) {
	if n == 13 {
		return 0, fmt.Errorf("job %d: %w", n, errBadInput)
	}
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	default:
	}
	return n * 2, nil
}

func run(ctx context.Context, inputs []int, workers int) ([]int, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	jobs := make(chan int)
	var mu sync.Mutex
	var out []int
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range jobs {
				v, err := work(ctx, n)
				if err != nil {
					cancel(err)
					continue
				}
				mu.Lock()
				out = append(out, v)
				mu.Unlock()
			}
		}()
	}
feed:
	for _, n := range inputs {
		select {
		case jobs <- n:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	sort.Ints(out)
	if err := context.Cause(ctx); err != nil {
		return nil, err
	}
	return out, nil
}

func main() {
	res, err := run(context.Background(), []int{1, 2, 3, 4, 5, 6}, 3)
	fmt.Println(res, err)
	res, err = run(context.Background(), []int{1, 13, 3}, 2)
	fmt.Println(res, err, errors.Is(err, errBadInput))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err = run(ctx, []int{1, 2}, 2)
	fmt.Println(res, err)
}
