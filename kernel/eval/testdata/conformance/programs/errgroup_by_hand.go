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
	cancel  func()
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

type FetchError struct {
	URL  string
	Code int
}

func (e *FetchError) Error() string { return fmt.Sprintf("fetch %s: status %d", e.URL, e.Code) }

func main() {
	g, ctx := WithContext(context.Background())
	urls := []string{"a", "b", "bad", "c"}
	results := make([]string, len(urls))
	for i, u := range urls {
		g.Go(func() error {
			if u == "bad" {
				return &FetchError{u, 500}
			}
			results[i] = "body of " + u
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("err:", err)
	var fe *FetchError
	fmt.Println(errors.As(err, &fe), fe.Code, ctx.Err())
	fmt.Printf("%q\n", results)

	var g2 Group
	for i := 0; i < 5; i++ {
		g2.Go(func() error { return nil })
	}
	fmt.Println(g2.Wait())
}
