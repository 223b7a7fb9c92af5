package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type stage func(ctx context.Context) error

func runAll(ctx context.Context, stages map[string]stage, order []string) (map[string]string, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var wg sync.WaitGroup
	var mu sync.Mutex
	status := map[string]string{}
	ready := make(chan struct{})
	for _, name := range order {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ready
			err := stages[name](ctx)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				status[name] = "ok"
			case errors.Is(err, context.Canceled):
				status[name] = "canceled"
			default:
				status[name] = "failed: " + err.Error()
				cancel(fmt.Errorf("stage %s: %w", name, err))
			}
		}()
	}
	close(ready)
	wg.Wait()
	return status, context.Cause(ctx)
}

func main() {
	failing := errors.New("disk full")
	block := make(chan struct{})
	stages := map[string]stage{
		"compile": func(ctx context.Context) error { return nil },
		"package": func(ctx context.Context) error {
			defer close(block)
			return failing
		},
		"upload": func(ctx context.Context) error {
			<-block
			<-ctx.Done()
			return ctx.Err()
		},
	}
	order := []string{"compile", "package", "upload"}
	status, err := runAll(context.Background(), stages, order)
	for _, n := range order {
		fmt.Printf("%-8s %s\n", n, status[n])
	}
	fmt.Println("cause:", err, errors.Is(err, failing))
	ok := map[string]stage{"a": func(context.Context) error { return nil }}
	st, err := runAll(context.Background(), ok, []string{"a"})
	fmt.Println(st, err)
}
