package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"
	"unique"
	"weak"
)

type Point struct{ X, Y int }

type ctxKey string

type reqIDKey struct{}

type Blob struct {
	data [64]byte
	name string
}

func handler(ctx context.Context) string {
	user, _ := ctx.Value(ctxKey("user")).(string)
	id, ok := ctx.Value(reqIDKey{}).(int)
	return fmt.Sprintf("user=%q id=%d ok=%v missing=%v", user, id, ok, ctx.Value(ctxKey("none")))
}

func main() {
	h1 := unique.Make(Point{1, 2})
	h2 := unique.Make(Point{1, 2})
	h3 := unique.Make(Point{2, 1})
	fmt.Println(h1 == h2, h1 == h3, h1.Value(), h3.Value().X)
	s1 := unique.Make("gopher")
	s2 := unique.Make(string([]byte("gopher")))
	fmt.Println(s1 == s2, s1.Value())
	set := map[unique.Handle[Point]]int{}
	for _, p := range []Point{{1, 1}, {2, 2}, {1, 1}} {
		set[unique.Make(p)]++
	}
	fmt.Println(len(set), set[unique.Make(Point{1, 1})])

	b := &Blob{name: "big"}
	wp := weak.Make(b)
	fmt.Println(wp.Value() == b, wp.Value().name)
	runtime.KeepAlive(b)
	var nilWP weak.Pointer[Blob]
	fmt.Println(nilWP.Value() == nil, weak.Make((*Blob)(nil)).Value() == nil)

	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	ctx = context.WithValue(ctx, reqIDKey{}, 7)
	fmt.Println(handler(ctx))
	fmt.Println(handler(context.Background()))

	cctx, cancel := context.WithCancelCause(ctx)
	stopped := make(chan struct{})
	stop := context.AfterFunc(cctx, func() { close(stopped) })
	cancel(errors.New("shutdown"))
	<-stopped
	fmt.Println(cctx.Err(), context.Cause(cctx), stop())
	fmt.Println(handler(cctx))

	dctx, dcancel := context.WithDeadline(context.Background(), time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	defer dcancel()
	<-dctx.Done()
	dl, ok := dctx.Deadline()
	fmt.Println(dctx.Err(), errors.Is(dctx.Err(), context.DeadlineExceeded), dl.Year(), ok)
	wc := context.WithoutCancel(cctx)
	fmt.Println(wc.Err(), wc.Value(reqIDKey{}))
	tctx, tcancel := context.WithTimeoutCause(context.Background(), time.Millisecond, errors.New("too slow"))
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println(tctx.Err(), context.Cause(tctx))
	case <-time.After(5 * time.Second):
		fmt.Println("no timeout")
	}
	fmt.Println(context.Background(), context.TODO())
}
