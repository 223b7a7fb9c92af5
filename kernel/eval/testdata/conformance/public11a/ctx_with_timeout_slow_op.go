package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "done", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	res, err := slowOp(ctx, time.Second)
	fmt.Printf("%q %v\n", res, err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	var te interface{ Timeout() bool }
	if errors.As(err, &te) {
		fmt.Println("timeout:", te.Timeout())
	}
	_, hasDeadline := ctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)

	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Second)
	res, err = slowOp(ctx2, time.Millisecond)
	cancel2()
	fmt.Printf("%q %v %v\n", res, err, ctx2.Err())

	ctx3, cancel3 := context.WithTimeoutCause(context.Background(), 5*time.Millisecond, errors.New("backend too slow"))
	defer cancel3()
	<-ctx3.Done()
	fmt.Println(ctx3.Err(), "|", context.Cause(ctx3))

	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithTimeout(parent, time.Hour)
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println("child:", child.Err())
}
