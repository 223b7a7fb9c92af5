package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

func gen(ctx context.Context, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func sq(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func merge(ctx context.Context, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

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

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	in := gen(ctx, 1, 2, 3, 4, 5, 6)
	c1, c2, c3 := sq(ctx, in), sq(ctx, in), sq(ctx, in)
	var got []int
	for v := range merge(ctx, c1, c2, c3) {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(got)
	cancel()

	ctx2, cancel2 := context.WithCancel(context.Background())
	out := sq(ctx2, gen(ctx2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
	fmt.Println(<-out, <-out)
	cancel2()
	fmt.Println(errors.Is(ctx2.Err(), context.Canceled))

	g, gctx := WithContext(context.Background())
	var started atomic.Int32
	for i := 1; i <= 5; i++ {
		g.Go(func() error {
			started.Add(1)
			if i == 3 {
				return fmt.Errorf("task %d failed", i)
			}
			<-gctx.Done()
			return nil
		})
	}
	fmt.Println(g.Wait(), started.Load(), gctx.Err())

	sem := make(chan struct{}, 2)
	var active, peak atomic.Int32
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := active.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			results[i] = i * 10
			active.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println(results, peak.Load() <= 2)

	tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(5 * time.Second):
		fmt.Println("too slow")
	}
	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errors.New("shutting down"))
	fmt.Println(cctx.Err(), context.Cause(cctx))
	vctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	fmt.Println(vctx.Value(ctxKey("user")), vctx.Value("user"))
}

type ctxKey string
