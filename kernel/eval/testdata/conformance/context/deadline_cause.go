package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var ErrSlow = errors.New("too slow")

func main() {
	ctx, cancel := context.WithTimeoutCause(context.Background(), 5*time.Millisecond, ErrSlow)
	defer cancel()
	select {
	case <-ctx.Done():
		fmt.Println(ctx.Err(), context.Cause(ctx))
	case <-time.After(5 * time.Second):
		fmt.Println("no deadline")
	}
	_, has := ctx.Deadline()
	fmt.Println(has)
	fmt.Println(context.Background(), context.TODO())
	c, cancelC := context.WithCancel(context.Background())
	cancelC()
	cancelC()
	fmt.Println(c.Err(), errors.Is(c.Err(), context.Canceled), context.Cause(c))
}
