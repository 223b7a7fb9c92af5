package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// tenantCtx wraps a context and answers one key itself.
type tenantCtx struct {
	context.Context
	tenant string
}

type tenantKey struct{}

func (t tenantCtx) Value(key any) any {
	if _, ok := key.(tenantKey); ok {
		return t.tenant
	}
	return t.Context.Value(key)
}

// frozenCtx is a context that is done from the start.
type frozenCtx struct{}

var errFrozen = errors.New("frozen")

func (frozenCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (frozenCtx) Done() <-chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}
func (frozenCtx) Err() error     { return errFrozen }
func (frozenCtx) Value(any) any  { return nil }
func (frozenCtx) String() string { return "frozenCtx" }

type reqIDKey string

func handle(ctx context.Context) string {
	select {
	case <-ctx.Done():
		return "cancelled: " + ctx.Err().Error()
	default:
	}
	return fmt.Sprintf("tenant=%v req=%v", ctx.Value(tenantKey{}), ctx.Value(reqIDKey("id")))
}

func main() {
	base := context.WithValue(context.Background(), reqIDKey("id"), 7)
	ctx := tenantCtx{base, "acme"}
	fmt.Println(handle(ctx))
	child := context.WithValue(ctx, reqIDKey("id"), 8)
	fmt.Println(handle(child))
	cctx, cancel := context.WithCancel(ctx)
	fmt.Println(handle(cctx))
	cancel()
	fmt.Println(handle(cctx), cctx.Value(tenantKey{}))
	fc, cancel2 := context.WithCancel(frozenCtx{})
	defer cancel2()
	<-fc.Done()
	fmt.Println(fc.Err(), context.Cause(fc), errors.Is(fc.Err(), errFrozen))
	tctx, cancel3 := context.WithTimeout(ctx, time.Hour)
	defer cancel3()
	_, has := tctx.Deadline()
	fmt.Println(has, handle(tctx))
}
