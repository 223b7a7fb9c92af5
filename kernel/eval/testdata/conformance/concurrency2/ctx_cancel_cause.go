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
	fmt.Println(context.Cause(ctx))
	cancel(errShutdown)
	fmt.Println(ctx.Err())
	fmt.Println(context.Cause(ctx))
	fmt.Println(errors.Is(context.Cause(ctx), errShutdown))
	cancel(errors.New("second cause ignored"))
	fmt.Println(context.Cause(ctx))

	c2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println(context.Cause(c2))

	child, cc := context.WithCancel(ctx)
	defer cc()
	fmt.Println(child.Err(), context.Cause(child))

	tc, tcancel := context.WithTimeoutCause(context.Background(), time.Millisecond, errors.New("too slow"))
	defer tcancel()
	<-tc.Done()
	fmt.Println(tc.Err(), "/", context.Cause(tc))
}
