package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type keyT string

func work(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	fmt.Println(work(ctx, time.Millisecond))
	err := work(ctx, 5*time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	ctx2, cancel2 := context.WithCancel(context.WithValue(context.Background(), keyT("user"), "ann"))
	go func() {
		time.Sleep(5 * time.Millisecond)
		cancel2()
	}()
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), ctx2.Value(keyT("user")), ctx2.Value(keyT("none")))
	ctx3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(errors.New("shutdown"))
	fmt.Println(ctx3.Err(), context.Cause(ctx3))
	ctx4, c4 := context.WithTimeoutCause(context.Background(), time.Millisecond, errors.New("too slow"))
	defer c4()
	<-ctx4.Done()
	fmt.Println(context.Cause(ctx4))
	ran := make(chan bool)
	stop := context.AfterFunc(ctx3, func() { fmt.Println("after func ran"); close(ran) })
	<-ran
	fmt.Println(stop())
	_, dl := ctx.Deadline()
	fmt.Println(dl)
}
