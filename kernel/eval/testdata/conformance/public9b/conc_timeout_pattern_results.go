package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type Result struct {
	Source string
	Value  int
}

func query(ctx context.Context, src string, v int) <-chan Result {
	ch := make(chan Result, 1)
	go func() {
		select {
		case ch <- Result{src, v}:
		case <-ctx.Done():
		}
	}()
	return ch
}

func first(ctx context.Context, srcs map[string]int, order []string) (Result, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Hour)
	defer cancel()
	for _, s := range order {
		select {
		case r := <-query(ctx, s, srcs[s]):
			if r.Value < 0 {
				continue
			}
			return r, nil
		case <-ctx.Done():
			return Result{}, ctx.Err()
		}
	}
	return Result{}, errors.New("no usable result")
}

func main() {
	srcs := map[string]int{"primary": -1, "replica": 42, "cache": 7}
	r, err := first(context.Background(), srcs, []string{"primary", "replica", "cache"})
	fmt.Println(r, err)
	r, err = first(context.Background(), srcs, []string{"primary"})
	fmt.Println(r, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r, err = first(ctx, srcs, []string{"cache"})
	fmt.Println(r.Source == "" || r.Source == "cache", err == nil || errors.Is(err, context.Canceled))
	deadline := time.Now().Add(time.Hour)
	c2, cancel2 := context.WithDeadline(context.Background(), deadline)
	defer cancel2()
	d, ok := c2.Deadline()
	fmt.Println(ok, d.Equal(deadline), c2.Err())
	tctx, tcancel := context.WithTimeoutCause(context.Background(), time.Hour, errors.New("too slow"))
	tcancel()
	fmt.Println(tctx.Err(), context.Cause(tctx))
}
