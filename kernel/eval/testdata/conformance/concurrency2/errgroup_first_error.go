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
	cancel  context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
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
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

func main() {
	g, ctx := WithContext(context.Background())
	started := make(chan struct{})
	g.Go(func() error {
		<-started
		return errors.New("task 1 failed")
	})
	g.Go(func() error {
		close(started)
		<-ctx.Done()
		return ctx.Err()
	})
	err := g.Wait()
	fmt.Println("first error:", err)
	fmt.Println("ctx:", ctx.Err())

	var g2 Group
	for i := 0; i < 5; i++ {
		g2.Go(func() error { return nil })
	}
	fmt.Println("no error:", g2.Wait())
}
