package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

var errQuota = errors.New("quota exceeded")

func main() {
	// WithCancelCause
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errQuota)
	fmt.Println(ctx.Err(), context.Cause(ctx), errors.Is(context.Cause(ctx), errQuota))
	cancel(errors.New("second")) // ignored
	fmt.Println(context.Cause(ctx))

	// cause without explicit error
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println(context.Cause(ctx2) == context.Canceled)

	// WithTimeoutCause with an already-expired deadline
	ctx3, cancel3 := context.WithTimeoutCause(context.Background(), -time.Second, errors.New("too slow"))
	defer cancel3()
	<-ctx3.Done()
	fmt.Println(ctx3.Err(), context.Cause(ctx3), errors.Is(ctx3.Err(), context.DeadlineExceeded))

	// AfterFunc runs once the context is done; stop before cancel prevents it
	ctx4, cancel4 := context.WithCancel(context.Background())
	ran := make(chan string, 2)
	stop := context.AfterFunc(ctx4, func() { ran <- "after" })
	ctx5, cancel5 := context.WithCancel(context.Background())
	stop5 := context.AfterFunc(ctx5, func() { ran <- "never" })
	fmt.Println("stopped5:", stop5())
	cancel5()
	cancel4()
	fmt.Println(<-ran, "stop after run:", stop())

	// WithValue chain and WithoutCancel
	base := context.WithValue(context.Background(), ctxKey("user"), "ann")
	base = context.WithValue(base, ctxKey("req"), 42)
	parent, pcancel := context.WithCancel(base)
	detached := context.WithoutCancel(parent)
	pcancel()
	fmt.Println(parent.Err(), detached.Err(), detached.Value(ctxKey("user")), detached.Value(ctxKey("req")), detached.Value(ctxKey("none")))
	_, hasDL := detached.Deadline()
	fmt.Println("deadline:", hasDL, detached.Done() == nil)

	// children inherit cancellation, cause propagates
	root, rcancel := context.WithCancelCause(context.Background())
	child, ccancel := context.WithTimeout(root, time.Hour)
	defer ccancel()
	grand := context.WithValue(child, ctxKey("k"), "v")
	rcancel(fmt.Errorf("shutdown: %w", errQuota))
	<-grand.Done()
	fmt.Println(grand.Err(), context.Cause(grand), errors.Is(context.Cause(grand), errQuota))
	dl, ok := child.Deadline()
	fmt.Println(ok, !dl.IsZero())

	// a worker that honors cancellation
	wctx, wcancel := context.WithCancel(context.Background())
	results := make(chan int)
	go func() {
		defer close(results)
		for i := 0; ; i++ {
			select {
			case <-wctx.Done():
				return
			case results <- i:
			}
		}
	}()
	sum := 0
	for v := range results {
		sum += v
		if v == 9 {
			wcancel()
			break
		}
	}
	fmt.Println("sum", sum)
	fmt.Println(context.Background(), context.TODO())
}
