package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func worker(ctx context.Context, results chan<- int) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			close(results)
			return
		case results <- i:
		}
	}
}

type key string

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	results := make(chan int)
	go worker(ctx, results)
	for v := range results {
		if v == 3 {
			cancel()
			break
		}
	}
	fmt.Println(ctx.Err())
	tctx, tcancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(time.Second):
		fmt.Println("too slow")
	}
	vctx := context.WithValue(context.Background(), key("user"), "ann")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("other")))
	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errors.New("shutting down"))
	fmt.Println(cctx.Err(), context.Cause(cctx))
}
