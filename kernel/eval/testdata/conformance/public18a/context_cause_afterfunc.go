package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type ctxKey string

var ErrShutdown = errors.New("shutdown requested")

func worker(ctx context.Context, id int, out chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v / %v", id, ctx.Err(), context.Cause(ctx))
			return
		default:
			if i > 1000000 {
				out <- "too long"
				return
			}
			time.Sleep(time.Millisecond)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	out := make(chan string)
	go worker(ctx, 1, out)
	cancel(ErrShutdown)
	fmt.Println(<-out)
	fmt.Println(errors.Is(context.Cause(ctx), ErrShutdown), ctx.Err() == context.Canceled)
	tctx, tcancel := context.WithTimeoutCause(context.Background(), 5*time.Millisecond, errors.New("too slow"))
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), context.Cause(tctx), errors.Is(tctx.Err(), context.DeadlineExceeded))
	_, hasDeadline := tctx.Deadline()
	fmt.Println(hasDeadline)
	base := context.WithValue(context.Background(), ctxKey("user"), "ann")
	vctx := context.WithValue(base, ctxKey("req"), 42)
	fmt.Println(vctx.Value(ctxKey("user")), vctx.Value(ctxKey("req")), vctx.Value("user"), vctx.Value(ctxKey("none")))
	pctx, pcancel := context.WithCancel(vctx)
	wo := context.WithoutCancel(pctx)
	var wg sync.WaitGroup
	wg.Add(1)
	stop := context.AfterFunc(pctx, func() {
		defer wg.Done()
		fmt.Println("afterfunc ran:", pctx.Err())
	})
	pcancel()
	wg.Wait()
	fmt.Println(stop(), wo.Err(), wo.Value(ctxKey("user")), wo.Done() == nil)
	c2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(c2, func() { fmt.Println("never") })
	fmt.Println(stop2(), stop2())
	cancel2()
	fmt.Println(context.Background(), context.TODO())
	fmt.Println(ctx)
	dctx, dcancel := context.WithDeadline(context.Background(), time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	defer dcancel()
	fmt.Println(dctx.Err(), context.Cause(dctx))
	cc, ccancel := context.WithCancelCause(context.Background())
	ccancel(nil)
	fmt.Println(cc.Err(), context.Cause(cc))
	child, childCancel := context.WithCancel(cc)
	defer childCancel()
	fmt.Println(child.Err(), context.Cause(child))
}
