package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

var ErrShutdown = errors.New("server shutting down")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	ran := make(chan string, 2)
	stop := context.AfterFunc(ctx, func() {
		defer wg.Done()
		ran <- "cleanup: " + context.Cause(ctx).Error()
	})
	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() { ran <- "never" })
	fmt.Println("stop2 before cancel:", stop2())
	cancel2()
	cancel(ErrShutdown)
	wg.Wait()
	fmt.Println(<-ran)
	fmt.Println("stop after run:", stop())
	fmt.Println("err:", ctx.Err())
	fmt.Println("cause is:", errors.Is(context.Cause(ctx), ErrShutdown))
	cancel(errors.New("second"))
	fmt.Println("cause still:", context.Cause(ctx))
	select {
	case s := <-ran:
		fmt.Println("unexpected", s)
	default:
		fmt.Println("no other")
	}
	c3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(nil)
	fmt.Println("nil cause ->", context.Cause(c3))
}
