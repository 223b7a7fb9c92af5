package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func gen(ctx context.Context) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for n := 1; ; n++ {
			select {
			case <-ctx.Done():
				return
			case ch <- n:
			}
		}
	}()
	return ch
}

func square(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

type ctxKey string

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var got []int
	for v := range square(ctx, gen(ctx)) {
		got = append(got, v)
		if len(got) == 6 {
			break
		}
	}
	cancel()
	fmt.Println(got, ctx.Err())
	tctx, tcancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(5 * time.Second):
		fmt.Println("too slow")
	}
	vctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	fmt.Println(vctx.Value(ctxKey("user")), vctx.Value(ctxKey("none")), vctx.Value("user"))
	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errors.New("shutting down"))
	fmt.Println(cctx.Err(), context.Cause(cctx))
}
