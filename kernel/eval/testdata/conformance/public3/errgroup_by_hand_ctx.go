package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelFunc
	sem     chan struct{}
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) SetLimit(n int) { g.sem = make(chan struct{}, n) }

func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.wg.Add(1)
	go func() {
		defer func() {
			if g.sem != nil {
				<-g.sem
			}
			g.wg.Done()
		}()
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
	g.SetLimit(2)
	var mu sync.Mutex
	var done []int
	for i := range 6 {
		g.Go(func() error {
			if i == 3 {
				return fmt.Errorf("task %d failed", i)
			}
			if i > 3 {
				<-ctx.Done()
				return ctx.Err()
			}
			mu.Lock()
			done = append(done, i)
			mu.Unlock()
			return nil
		})
	}
	err := g.Wait()
	sort.Ints(done)
	fmt.Println("err:", err)
	fmt.Println("done:", done)
	fmt.Println("ctx:", ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	var g2 Group
	results := make([]int, 5)
	for i := range results {
		g2.Go(func() error { results[i] = i * i; return nil })
	}
	fmt.Println(g2.Wait(), results)
}
