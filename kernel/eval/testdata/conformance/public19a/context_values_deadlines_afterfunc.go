package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type ctxKey string

func handler(ctx context.Context, name string) error {
	reqID, _ := ctx.Value(ctxKey("reqID")).(string)
	select {
	case <-time.After(5 * time.Millisecond):
		fmt.Println(name, "finished", reqID)
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s aborted (%s): %w", name, reqID, context.Cause(ctx))
	}
}

func main() {
	base := context.WithValue(context.Background(), ctxKey("reqID"), "r-1")
	fmt.Println(handler(base, "fast"))
	ctx, cancel := context.WithCancelCause(base)
	cancel(errors.New("client went away"))
	err := handler(ctx, "slow")
	fmt.Println(err)
	fmt.Println(errors.Is(err, context.Canceled), ctx.Err())
	tctx, tcancel := context.WithTimeoutCause(base, time.Millisecond, errors.New("too slow"))
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), context.Cause(tctx))
	dl, ok := tctx.Deadline()
	fmt.Println(!dl.IsZero(), ok)
	_, ok = base.Deadline()
	fmt.Println(ok)
	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println("child:", child.Err())
	actx, acancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	stop := context.AfterFunc(actx, func() {
		defer wg.Done()
		fmt.Println("after func ran")
	})
	acancel()
	wg.Wait()
	fmt.Println("stop after run:", stop())
	bctx, bcancel := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(bctx, func() { fmt.Println("never") })
	fmt.Println("stop before cancel:", stop2())
	bcancel()
	wctx := context.WithoutCancel(ctx)
	fmt.Println(wctx.Err(), wctx.Value(ctxKey("reqID")))
	fmt.Println(context.Background(), context.TODO())
	fmt.Println(base)
}
