package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type traceKey int

const (
	requestID traceKey = iota
	userName
)

func handle(ctx context.Context) string {
	id, _ := ctx.Value(requestID).(int)
	name, ok := ctx.Value(userName).(string)
	if !ok {
		name = "anonymous"
	}
	if err := ctx.Err(); err != nil {
		return fmt.Sprintf("req %d for %s aborted: %v", id, name, err)
	}
	return fmt.Sprintf("req %d for %s ok", id, name)
}

func main() {
	base := context.WithValue(context.Background(), requestID, 7)
	fmt.Println(handle(base))
	withUser := context.WithValue(base, userName, "kim")
	fmt.Println(handle(withUser))
	past := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	ctx, cancel := context.WithDeadline(withUser, past)
	defer cancel()
	fmt.Println(handle(ctx))
	dl, ok := ctx.Deadline()
	fmt.Println(dl.Year(), ok)
	select {
	case <-ctx.Done():
		fmt.Println("already done:", errors.Is(ctx.Err(), context.DeadlineExceeded))
	default:
		fmt.Println("not done")
	}
	ctx2, cancel2 := context.WithCancel(base)
	cancel2()
	cancel2()
	fmt.Println(handle(ctx2), context.Cause(ctx2) == context.Canceled)
	fmt.Println(context.Canceled.Error(), context.DeadlineExceeded.Error())
}
