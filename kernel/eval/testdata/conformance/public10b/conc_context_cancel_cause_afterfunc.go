package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errShutdown = errors.New("server shutdown")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	fired := make(chan string, 1)
	stop := context.AfterFunc(ctx, func() { fired <- "cleanup ran" })
	cancel(errShutdown)
	fmt.Println(<-fired)
	fmt.Println("stop after run:", stop())
	fmt.Println(ctx.Err(), context.Cause(ctx), errors.Is(context.Cause(ctx), errShutdown))

	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() { fmt.Println("never") })
	fmt.Println("stopped before cancel:", stop2())
	cancel2()
	time.Sleep(10 * time.Millisecond)

	errSlow := errors.New("too slow")
	ctx3, cancel3 := context.WithTimeoutCause(context.Background(), 10*time.Millisecond, errSlow)
	defer cancel3()
	<-ctx3.Done()
	fmt.Println(ctx3.Err(), context.Cause(ctx3))

	parent, pcancel := context.WithCancel(context.WithValue(context.Background(), "k", "v"))
	detached := context.WithoutCancel(parent)
	pcancel()
	fmt.Println(parent.Err(), detached.Err(), detached.Value("k"), detached.Done() == nil)
	_, hasDL := detached.Deadline()
	fmt.Println("deadline:", hasDL)

	ctx4, cancel4 := context.WithDeadlineCause(context.Background(), time.Now().Add(-time.Second), errSlow)
	defer cancel4()
	fmt.Println(ctx4.Err(), context.Cause(ctx4))
	cancel5ctx, cancel5 := context.WithCancelCause(context.Background())
	cancel5(nil)
	fmt.Println(context.Cause(cancel5ctx))
}
