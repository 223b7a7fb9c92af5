package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelCauseFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel(err)
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel(g.err)
	}
	return g.err
}

var errBad = errors.New("bad input")

func main() {
	g, ctx := WithContext(context.Background())
	results := make([]int, 5)
	for i := range 5 {
		g.Go(func() error {
			if i == 3 {
				return fmt.Errorf("task %d: %w", i, errBad)
			}
			results[i] = i * 10
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("err:", err)
	fmt.Println("is errBad:", errors.Is(err, errBad))
	fmt.Println("ctx err:", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))
	fmt.Println("results[3] zero:", results[3] == 0, "results[4]:", results[4])

	g2, ctx2 := WithContext(context.Background())
	for i := range 3 {
		g2.Go(func() error { _ = i; return nil })
	}
	fmt.Println("ok group:", g2.Wait(), ctx2.Err(), context.Cause(ctx2))
}
