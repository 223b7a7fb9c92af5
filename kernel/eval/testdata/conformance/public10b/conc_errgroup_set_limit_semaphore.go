package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type token struct{}

type Group struct {
	cancel  func(error)
	wg      sync.WaitGroup
	sem     chan token
	errOnce sync.Once
	err     error
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) SetLimit(n int) { g.sem = make(chan token, n) }

func (g *Group) done() {
	if g.sem != nil {
		<-g.sem
	}
	g.wg.Done()
}

func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- token{}
	}
	g.wg.Add(1)
	go func() {
		defer g.done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel(g.err)
				}
			})
		}
	}()
}

func (g *Group) TryGo(f func() error) bool {
	if g.sem != nil {
		select {
		case g.sem <- token{}:
		default:
			return false
		}
	}
	g.wg.Add(1)
	go func() {
		defer g.done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
	return true
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel(g.err)
	}
	return g.err
}

func main() {
	g, ctx := WithContext(context.Background())
	g.SetLimit(2)
	var active, peak atomic.Int32
	results := make([]string, 6)
	for i := range results {
		g.Go(func() error {
			n := active.Add(1)
			defer active.Add(-1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			results[i] = fmt.Sprint("r", i)
			return nil
		})
	}
	fmt.Println(g.Wait(), results, "peak<=2:", peak.Load() <= 2, ctx.Err())

	g2 := &Group{}
	g2.SetLimit(1)
	block := make(chan struct{})
	fmt.Println(g2.TryGo(func() error { <-block; return errors.New("first failed") }))
	fmt.Println(g2.TryGo(func() error { return nil }))
	close(block)
	fmt.Println(g2.Wait())
	fmt.Println(g2.TryGo(func() error { return nil }), g2.Wait())
}
