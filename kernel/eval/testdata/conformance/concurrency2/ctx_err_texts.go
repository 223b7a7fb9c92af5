package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx.Err())
	cancel()
	fmt.Println(ctx.Err())
	fmt.Println(errors.Is(ctx.Err(), context.Canceled))
	cancel()

	tctx, tcancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err())
	fmt.Println(errors.Is(tctx.Err(), context.DeadlineExceeded))
	te, ok := tctx.Err().(interface{ Timeout() bool })
	fmt.Println(ok, ok && te.Timeout())

	dctx, dcancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer dcancel()
	fmt.Println(dctx.Err())
	_, has := dctx.Deadline()
	fmt.Println("has deadline:", has)
	_, has = context.Background().Deadline()
	fmt.Println("background deadline:", has)
}
