package main

import (
	"context"
	"fmt"
	"time"
)

type key string

func main() {
	ctx := context.WithValue(context.Background(), key("user"), "ann")
	fmt.Println(ctx.Value(key("user")), ctx.Value(key("other")))
	tctx, cancel := context.WithTimeout(ctx, time.Millisecond)
	defer cancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), tctx.Value(key("user")))
	wc := context.WithoutCancel(tctx)
	fmt.Println(wc.Err(), wc.Value(key("user")))
	stopped := make(chan bool)
	c2, cancel2 := context.WithCancel(context.Background())
	context.AfterFunc(c2, func() { stopped <- true })
	cancel2()
	fmt.Println(<-stopped)
}
