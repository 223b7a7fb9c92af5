package main

import (
	"context"
	"errors"
	"fmt"
)

func gen(ctx context.Context, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func sq(ctx context.Context, in <-chan int) <-chan int {
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

func takeUntil(ctx context.Context, cancel context.CancelCauseFunc, in <-chan int, limit int) []int {
	var got []int
	sum := 0
	for v := range in {
		got = append(got, v)
		sum += v
		if sum > limit {
			cancel(fmt.Errorf("sum %d over limit %d", sum, limit))
			break
		}
	}
	return got
}

var errStop = errors.New("stop")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	out := sq(ctx, sq(ctx, gen(ctx, 1, 2, 3, 4, 5, 6)))
	got := takeUntil(ctx, cancel, out, 100)
	fmt.Println(got)
	<-ctx.Done()
	fmt.Println(ctx.Err(), context.Cause(ctx))
	for range out {
	}
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errStop)
	fmt.Println(errors.Is(context.Cause(ctx2), errStop), ctx2.Err() == context.Canceled)
	ctx3, cancel3 := context.WithCancel(context.Background())
	all := sq(ctx3, gen(ctx3, 7, 8))
	var s []int
	for v := range all {
		s = append(s, v)
	}
	cancel3()
	fmt.Println(s, context.Cause(ctx3))
	vctx := context.WithValue(ctx3, "user", "ann")
	fmt.Println(vctx.Value("user"), vctx.Value("other"), vctx.Err())
}
