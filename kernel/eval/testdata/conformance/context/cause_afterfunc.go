package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errShutdown = errors.New("server shutting down")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errShutdown)
	fmt.Println(ctx.Err(), context.Cause(ctx), errors.Is(context.Cause(ctx), errShutdown))
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println(ctx2.Err(), context.Cause(ctx2))
	fmt.Println(context.Cause(context.Background()))

	tctx, tcancel := context.WithTimeoutCause(context.Background(), time.Millisecond, errors.New("too slow"))
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), context.Cause(tctx))

	actx, acancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	stop := context.AfterFunc(actx, func() {
		fmt.Println("after func ran")
		close(done)
	})
	acancel()
	<-done
	fmt.Println("stop after run:", stop())
	bctx, bcancel := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(bctx, func() { fmt.Println("never") })
	fmt.Println("stopped:", stop2())
	bcancel()
	time.Sleep(10 * time.Millisecond)

	type key string
	parent, pcancel := context.WithCancel(context.WithValue(context.Background(), key("user"), "ann"))
	detached := context.WithoutCancel(parent)
	pcancel()
	fmt.Println(parent.Err(), detached.Err(), detached.Value(key("user")), detached.Done() == nil)
}
