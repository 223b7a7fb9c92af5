package main

import (
	"context"
	"fmt"
	"time"
)

type key int

const (
	userKey key = iota
	traceKey
)

func handler(ctx context.Context) string {
	u, _ := ctx.Value(userKey).(string)
	t, ok := ctx.Value(traceKey).(int)
	if !ok {
		t = -1
	}
	return fmt.Sprintf("user=%q trace=%d", u, t)
}

func consume(ctx context.Context, in <-chan int) (sum int, reason string) {
	for {
		select {
		case v, ok := <-in:
			if !ok {
				return sum, "closed"
			}
			sum += v
		case <-ctx.Done():
			return sum, ctx.Err().Error()
		}
	}
}

func main() {
	ctx := context.WithValue(context.Background(), userKey, "ann")
	fmt.Println(handler(ctx))
	ctx2 := context.WithValue(ctx, traceKey, 42)
	fmt.Println(handler(ctx2), handler(context.Background()))
	fmt.Println(ctx2.Value("user"), ctx2.Value(userKey))
	in := make(chan int)
	go func() {
		for i := 1; i <= 4; i++ {
			in <- i
		}
		close(in)
	}()
	fmt.Println(consume(context.Background(), in))
	cctx, cancel := context.WithCancel(context.Background())
	cancel()
	fmt.Println(consume(cctx, make(chan int)))
	d, ok := cctx.Deadline()
	fmt.Println(d.IsZero(), ok)
	dctx, dcancel := context.WithDeadline(context.Background(), time.Now().Add(time.Hour))
	defer dcancel()
	_, ok = dctx.Deadline()
	fmt.Println(ok, dctx.Err())
	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithTimeout(parent, time.Hour)
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println("child:", child.Err())
	ran := make(chan string)
	stop := context.AfterFunc(parent, func() { ran <- "afterfunc ran: parent already done" })
	fmt.Println(<-ran)
	fmt.Println(stop())
	wctx := context.WithoutCancel(parent)
	fmt.Println(wctx.Err(), parent.Err())
	fmt.Println(context.Background(), context.TODO())
}
