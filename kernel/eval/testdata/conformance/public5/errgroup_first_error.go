package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
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

func fetch(ctx context.Context, url string) (string, error) {
	if strings.Contains(url, "bad") {
		return "", fmt.Errorf("fetch %s: %w", url, errors.ErrUnsupported)
	}
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	default:
	}
	return strings.ToUpper(url), nil
}

func main() {
	urls := []string{"a.com", "b.org", "c.net"}
	g, ctx := WithContext(context.Background())
	results := make([]string, len(urls))
	for i, u := range urls {
		g.Go(func() error {
			r, err := fetch(ctx, u)
			results[i] = r
			return err
		})
	}
	fmt.Println(g.Wait(), results)

	g2, ctx2 := WithContext(context.Background())
	g2.Go(func() error { _, err := fetch(ctx2, "bad.io"); return err })
	err := g2.Wait()
	fmt.Println(err, errors.Is(err, errors.ErrUnsupported), ctx2.Err())

	var g3 Group
	g3.SetLimit(2)
	var mu sync.Mutex
	active, peak := 0, 0
	for i := 0; i < 6; i++ {
		g3.Go(func() error {
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			return nil
		})
	}
	fmt.Println(g3.Wait(), peak <= 2)
}
