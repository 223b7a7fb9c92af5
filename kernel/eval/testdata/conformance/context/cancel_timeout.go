package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	gen := func(ctx context.Context) <-chan int {
		dst := make(chan int)
		n := 1
		go func() {
			for {
				select {
				case <-ctx.Done():
					return
				case dst <- n:
					n++
				}
			}
		}()
		return dst
	}
	ctx, cancel := context.WithCancel(context.Background())
	for n := range gen(ctx) {
		fmt.Println(n)
		if n == 5 {
			break
		}
	}
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer tcancel()
	select {
	case <-time.After(5 * time.Second):
		fmt.Println("overslept")
	case <-tctx.Done():
		fmt.Println(tctx.Err())
	}
	_, hasDeadline := tctx.Deadline()
	fmt.Println(hasDeadline, errors.Is(tctx.Err(), context.DeadlineExceeded))
	d := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	dctx, dcancel := context.WithDeadline(context.Background(), d)
	defer dcancel()
	<-dctx.Done()
	dl, _ := dctx.Deadline()
	fmt.Println(dctx.Err(), dl.Year())
	fmt.Println(context.Background(), context.TODO())
	parent, pc := context.WithCancel(context.Background())
	child, cc := context.WithCancel(parent)
	defer cc()
	pc()
	<-child.Done()
	fmt.Println("child:", child.Err())
}
