package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type Conn struct {
	mu     sync.Mutex
	name   string
	closed bool
	log    *[]string
}

func (c *Conn) Close(reason error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return
	}
	c.closed = true
	*c.log = append(*c.log, c.name+" closed: "+reason.Error())
}

var ErrShutdown = errors.New("shutdown")

func main() {
	var log []string
	ctx, cancel := context.WithCancelCause(context.Background())
	conns := []*Conn{{name: "a", log: &log}, {name: "b", log: &log}}
	done := make(chan struct{}, len(conns))
	var stops []func() bool
	for _, c := range conns {
		stop := context.AfterFunc(ctx, func() {
			c.Close(context.Cause(ctx))
			done <- struct{}{}
		})
		stops = append(stops, stop)
	}
	fmt.Println(stops[1](), stops[1]())
	done <- struct{}{}
	cancel(ErrShutdown)
	<-done
	<-done
	fmt.Println(log, conns[0].closed, conns[1].closed)
	fmt.Println(stops[0]())
	dctx, dcancel := context.WithDeadline(context.Background(), time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	defer dcancel()
	<-dctx.Done()
	fmt.Println(dctx.Err(), errors.Is(dctx.Err(), context.DeadlineExceeded))
	tctx, tcancel := context.WithTimeoutCause(context.Background(), -time.Second, ErrShutdown)
	defer tcancel()
	fmt.Println(tctx.Err(), context.Cause(tctx))
}
