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

func WithContext(ctx context.Context, limit int) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	g := &Group{cancel: cancel}
	if limit > 0 {
		g.sem = make(chan struct{}, limit)
	}
	return g, ctx
}

func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		defer func() {
			if g.sem != nil {
				<-g.sem
			}
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

var errBad = errors.New("bad input")

func process(ctx context.Context, n int) (int, error) {
	if n == 13 {
		return 0, fmt.Errorf("item %d: %w", n, errBad)
	}
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	default:
	}
	return n * 10, nil
}

func main() {
	// all succeed: results by index
	g, ctx := WithContext(context.Background(), 3)
	inputs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	res := make([]int, len(inputs))
	for i, n := range inputs {
		g.Go(func() error {
			v, err := process(ctx, n)
			res[i] = v
			return err
		})
	}
	fmt.Println(g.Wait(), res, ctx.Err())

	// one fails: the error is the first (only) failure
	g2, ctx2 := WithContext(context.Background(), 2)
	var mu sync.Mutex
	var done []int
	for _, n := range []int{13} {
		g2.Go(func() error {
			v, err := process(ctx2, n)
			if err == nil {
				mu.Lock()
				done = append(done, v)
				mu.Unlock()
			}
			return err
		})
	}
	err := g2.Wait()
	<-ctx2.Done()
	fmt.Println(err, errors.Is(err, errBad), ctx2.Err(), len(done))

	// bounded parallelism observed through a max counter
	var cur, peak int
	g3, _ := WithContext(context.Background(), 2)
	var m sync.Mutex
	for i := range 20 {
		g3.Go(func() error {
			m.Lock()
			cur++
			peak = max(peak, cur)
			m.Unlock()
			_ = i
			m.Lock()
			cur--
			m.Unlock()
			return nil
		})
	}
	fmt.Println(g3.Wait(), peak <= 2, cur)

	// ordered results from a map of work
	work := map[string]int{"x": 3, "y": 1, "z": 2}
	out := map[string]int{}
	var omu sync.Mutex
	var wg sync.WaitGroup
	for k, v := range work {
		wg.Add(1)
		go func() {
			defer wg.Done()
			omu.Lock()
			out[k] = v * v
			omu.Unlock()
		}()
	}
	wg.Wait()
	keys := make([]string, 0, len(out))
	for k := range out {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", out[k], " ")
	}
	fmt.Println()
}
