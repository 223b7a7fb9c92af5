package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

var ErrShutdown = errors.New("shutdown requested")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	stop := context.AfterFunc(ctx, func() {
		defer wg.Done()
		fmt.Println("after func ran:", context.Cause(ctx))
	})
	cancel(ErrShutdown)
	wg.Wait()
	fmt.Println(stop(), ctx.Err(), errors.Is(context.Cause(ctx), ErrShutdown))

	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() { fmt.Println("never") })
	fmt.Println("stopped before cancel:", stop2())
	cancel2()

	parent, pcancel := context.WithCancel(context.WithValue(context.Background(), "user", "ann"))
	detached := context.WithoutCancel(parent)
	pcancel()
	fmt.Println(parent.Err(), detached.Err(), detached.Value("user"))
	_, hasDeadline := detached.Deadline()
	fmt.Println(hasDeadline, detached.Done() == nil)

	deadline := time.Now().Add(-time.Second)
	dctx, dcancel := context.WithDeadlineCause(context.Background(), deadline, errors.New("too slow"))
	defer dcancel()
	<-dctx.Done()
	fmt.Println(dctx.Err(), context.Cause(dctx))
	tctx, tcancel := context.WithTimeoutCause(context.Background(), time.Hour, errors.New("hour passed"))
	tcancel()
	fmt.Println(tctx.Err(), context.Cause(tctx))
}
