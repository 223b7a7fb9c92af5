package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err := slowOp(ctx, time.Second)
	fmt.Println(err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	_, has := ctx.Deadline()
	fmt.Println("has deadline:", has)

	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Second)
	defer cancel2()
	fmt.Println(slowOp(ctx2, time.Millisecond))

	d := time.Now().Add(10 * time.Millisecond)
	ctx3, cancel3 := context.WithDeadline(context.Background(), d)
	defer cancel3()
	<-ctx3.Done()
	fmt.Println(ctx3.Err())

	ctx4, cancel4 := context.WithCancelCause(context.Background())
	cancel4(errors.New("shutting down"))
	fmt.Println(ctx4.Err(), "/", context.Cause(ctx4))

	ctx5, cancel5 := context.WithTimeoutCause(context.Background(), time.Millisecond, errors.New("too slow"))
	defer cancel5()
	<-ctx5.Done()
	fmt.Println(ctx5.Err(), "/", context.Cause(ctx5))
}
