package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type ctxKey int

const (
	requestID ctxKey = iota
	userKey
)

func handler(ctx context.Context, name string, work time.Duration) error {
	select {
	case <-time.After(work):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s (req %v, user %v): %w", name, ctx.Value(requestID), ctx.Value(userKey), context.Cause(ctx))
	}
}

func main() {
	root := context.WithValue(context.Background(), requestID, 42)
	ctx, cancel := context.WithCancel(context.WithValue(root, userKey, "ana"))
	child, cancelChild := context.WithTimeout(ctx, time.Hour)
	defer cancelChild()
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i, c := range []context.Context{ctx, child, root} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := time.Hour
			if c == root {
				d = time.Millisecond
			}
			errs[i] = handler(c, fmt.Sprint("h", i), d)
		}()
	}
	time.Sleep(20 * time.Millisecond)
	cancel()
	wg.Wait()
	for _, e := range errs {
		fmt.Println(e, errors.Is(e, context.Canceled))
	}
	dl, ok := child.Deadline()
	fmt.Println(ok, !dl.IsZero(), child.Err())
	fmt.Println(child.Value(userKey), child.Value(requestID), child.Value(ctxKey(9)))

	short, c2 := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer c2()
	err := handler(short, "slow", time.Hour)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	fmt.Println(context.Background(), context.TODO())
}
