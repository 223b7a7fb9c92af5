package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
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
	inputs := []string{"10", "20", "30", "40"}
	var mu sync.Mutex
	parsed := map[string]int{}
	g, ctx := WithContext(context.Background())
	g.SetLimit(2)
	for _, in := range inputs {
		g.Go(func() error {
			n, err := strconv.Atoi(in)
			if err != nil {
				return fmt.Errorf("parse %q: %w", in, err)
			}
			mu.Lock()
			parsed[in] = n * 2
			mu.Unlock()
			return nil
		})
	}
	fmt.Println(g.Wait(), ctx.Err())
	keys := make([]string, 0, len(parsed))
	for k := range parsed {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "->", parsed[k], " ")
	}
	fmt.Println()

	g2, ctx2 := WithContext(context.Background())
	for _, in := range []string{"1", "x", "3"} {
		g2.Go(func() error {
			if _, err := strconv.Atoi(in); err != nil {
				return err
			}
			return nil
		})
	}
	err := g2.Wait()
	var ne *strconv.NumError
	fmt.Println(err, errors.As(err, &ne), ne.Func, ctx2.Err())
}
