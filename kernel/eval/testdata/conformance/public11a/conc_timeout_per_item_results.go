package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type Result struct {
	ID  int
	Val string
	Err error
}

func fetch(ctx context.Context, id int) (string, error) {
	if id%3 == 0 {
		return fmt.Sprintf("item-%d", id), nil
	}
	delay := time.Duration(id%3) * 200 * time.Millisecond
	select {
	case <-time.After(delay):
		return fmt.Sprintf("item-%d", id), nil
	case <-ctx.Done():
		return "", fmt.Errorf("fetch %d: %w", id, ctx.Err())
	}
}

func main() {
	ids := []int{0, 1, 2, 3, 4, 5}
	results := make([]Result, len(ids))
	done := make(chan int)
	for i, id := range ids {
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
			defer cancel()
			v, err := fetch(ctx, id)
			results[i] = Result{id, v, err}
			done <- i
		}()
	}
	for range ids {
		<-done
	}
	ok, timedOut := 0, 0
	for _, r := range results {
		switch {
		case r.Err == nil:
			ok++
			fmt.Println(r.ID, r.Val)
		case errors.Is(r.Err, context.DeadlineExceeded):
			timedOut++
			fmt.Println(r.ID, "error:", r.Err)
		}
	}
	fmt.Println("ok", ok, "timed out", timedOut)
}
