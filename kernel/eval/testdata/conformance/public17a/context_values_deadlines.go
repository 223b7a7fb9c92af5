package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

func handler(ctx context.Context) string {
	user, _ := ctx.Value(ctxKey("user")).(string)
	if user == "" {
		user = "anonymous"
	}
	reqID := ctx.Value(ctxKey("req"))
	return fmt.Sprintf("user=%s req=%v", user, reqID)
}

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	ctx = context.WithValue(ctx, ctxKey("req"), 17)
	fmt.Println(handler(ctx), handler(context.Background()))
	past := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	dctx, cancel := context.WithDeadline(ctx, past)
	defer cancel()
	<-dctx.Done()
	fmt.Println(dctx.Err(), errors.Is(dctx.Err(), context.DeadlineExceeded), handler(dctx))
	d, ok := dctx.Deadline()
	fmt.Println(d.Year(), ok)
	cctx, cancel2 := context.WithCancel(ctx)
	stopped := make(chan struct{})
	stop := context.AfterFunc(cctx, func() { close(stopped) })
	cancel2()
	<-stopped
	fmt.Println("afterfunc ran", stop())
	wc := context.WithoutCancel(cctx)
	fmt.Println(wc.Err(), cctx.Err(), handler(wc))
	tctx, cancel3 := context.WithTimeoutCause(context.Background(), time.Nanosecond, errors.New("too slow"))
	defer cancel3()
	<-tctx.Done()
	fmt.Println(tctx.Err(), context.Cause(tctx))
	fmt.Println(context.Background(), context.TODO())
}
