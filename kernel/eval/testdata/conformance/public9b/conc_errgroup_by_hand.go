package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Group struct {
	cancel  func(error)
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
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

var ErrBadItem = errors.New("bad item")

func main() {
	g, ctx := WithContext(context.Background())
	var mu sync.Mutex
	var processed []int
	gate := make(chan struct{})
	for i := 1; i <= 5; i++ {
		g.Go(func() error {
			if i == 3 {
				defer close(gate)
				return fmt.Errorf("item %d: %w", i, ErrBadItem)
			}
			<-gate
			<-ctx.Done()
			mu.Lock()
			processed = append(processed, i)
			mu.Unlock()
			return nil
		})
	}
	err := g.Wait()
	sort.Ints(processed)
	fmt.Println("err:", err)
	fmt.Println("is bad:", errors.Is(err, ErrBadItem))
	fmt.Println("processed:", processed)
	fmt.Println("ctx err:", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))

	g2, _ := WithContext(context.Background())
	total := 0
	var tm sync.Mutex
	for _, n := range []int{1, 2, 3, 4} {
		g2.Go(func() error {
			tm.Lock()
			total += n * 10
			tm.Unlock()
			return nil
		})
	}
	fmt.Println(g2.Wait(), total)
}
