package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type tenantCtx struct {
	context.Context
	tenant string
}

func (t tenantCtx) Value(key any) any {
	if key == "tenant" {
		return t.tenant
	}
	return t.Context.Value(key)
}

type manualCtx struct {
	done chan struct{}
	err  error
}

func (m *manualCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (m *manualCtx) Done() <-chan struct{}       { return m.done }
func (m *manualCtx) Err() error {
	select {
	case <-m.done:
		return m.err
	default:
		return nil
	}
}
func (m *manualCtx) Value(key any) any { return nil }
func (m *manualCtx) cancel(err error) {
	m.err = err
	close(m.done)
}

var errStop = errors.New("manual stop")

func main() {
	base := context.WithValue(context.Background(), "region", "eu")
	tc := tenantCtx{base, "acme"}
	child, cancel := context.WithCancel(tc)
	fmt.Println(child.Value("tenant"), child.Value("region"), child.Value("x"))
	cancel()
	<-child.Done()
	fmt.Println(child.Err(), tc.Err())

	m := &manualCtx{done: make(chan struct{})}
	c2, cancel2 := context.WithCancel(m)
	defer cancel2()
	c3, cancel3 := context.WithTimeout(c2, time.Hour)
	defer cancel3()
	dl, ok := c3.Deadline()
	fmt.Println(ok, !dl.IsZero())
	result := make(chan string)
	go func() {
		<-c3.Done()
		result <- fmt.Sprint("c3 done: ", c3.Err(), " cause: ", context.Cause(c3))
	}()
	m.cancel(errStop)
	fmt.Println(<-result)
	fmt.Println(c2.Err(), errors.Is(c2.Err(), context.Canceled))
	ctx, stop := context.WithDeadline(context.Background(), time.Now().Add(time.Hour))
	stop()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.DeadlineExceeded))
}
