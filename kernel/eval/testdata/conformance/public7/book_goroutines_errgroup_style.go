package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Group runs tasks and keeps the first error, cancelling the others, like errgroup.
type Group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
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
			g.once.Do(func() {
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

var ErrBadWord = errors.New("bad word")

func process(ctx context.Context, words []string, bad string) ([]string, error) {
	g, ctx := WithContext(ctx)
	results := make([]string, len(words))
	for i, w := range words {
		g.Go(func() error {
			if w == bad {
				return fmt.Errorf("word %d: %w", i, ErrBadWord)
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			default:
			}
			results[i] = strings.ToUpper(w)
			return nil
		})
	}
	err := g.Wait()
	return results, err
}

func main() {
	res, err := process(context.Background(), []string{"alpha", "beta", "gamma"}, "")
	fmt.Println(res, err)
	_, err = process(context.Background(), []string{"a", "b", "oops", "c"}, "oops")
	fmt.Println(err, errors.Is(err, ErrBadWord))

	var mu sync.Mutex
	seen := map[string]int{}
	var wg sync.WaitGroup
	for _, w := range strings.Fields("x y z x y x") {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			seen[w]++
		}()
	}
	wg.Wait()
	keys := make([]string, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, seen[k], " ")
	}
	fmt.Println()
	results := make(chan int)
	go func() {
		defer close(results)
		var inner sync.WaitGroup
		for i := 1; i <= 4; i++ {
			inner.Add(1)
			go func() {
				defer inner.Done()
				results <- i * i
			}()
		}
		inner.Wait()
	}()
	total := 0
	for r := range results {
		total += r
	}
	fmt.Println("total", total)
}
