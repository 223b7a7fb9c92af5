package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errShutdown = errors.New("shutdown")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	done := make(chan string, 1)
	stop := context.AfterFunc(ctx, func() { done <- "after func ran" })
	cancel(errShutdown)
	fmt.Println(<-done)
	fmt.Println(stop(), ctx.Err(), context.Cause(ctx))

	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() { fmt.Println("never") })
	fmt.Println(stop2())
	cancel2()

	parent, pcancel := context.WithCancel(context.WithValue(context.Background(), "k", "v"))
	detached := context.WithoutCancel(parent)
	pcancel()
	fmt.Println(parent.Err(), detached.Err(), detached.Value("k"), detached.Done() == nil)

	errSlow := errors.New("too slow")
	tctx, tcancel := context.WithTimeoutCause(context.Background(), time.Millisecond, errSlow)
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), context.Cause(tctx))
	dctx, dcancel := context.WithDeadlineCause(context.Background(), time.Now().Add(-time.Second), errSlow)
	defer dcancel()
	fmt.Println(errors.Is(dctx.Err(), context.DeadlineExceeded), context.Cause(dctx) == errSlow)
}
