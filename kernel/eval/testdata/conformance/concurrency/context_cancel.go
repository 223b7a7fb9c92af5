package main

import (
	"context"
	"errors"
	"fmt"
)

func worker(ctx context.Context, out chan<- int) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			close(out)
			return
		case out <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	go worker(ctx, out)
	for v := range out {
		if v == 3 {
			cancel()
			break
		}
		fmt.Println(v)
	}
	<-ctx.Done()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	cause := errors.New("my cause")
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(cause)
	fmt.Println(ctx2.Err(), context.Cause(ctx2))
}
