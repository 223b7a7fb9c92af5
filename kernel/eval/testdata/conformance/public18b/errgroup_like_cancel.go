package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelCauseFunc
	sem     chan struct{}
}

func WithContext(ctx context.Context, limit int) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
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
		defer func() {
			if g.sem != nil {
				<-g.sem
			}
			g.wg.Done()
		}()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				g.cancel(err)
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel(g.err)
	return g.err
}

var ErrBadInput = errors.New("bad input")

type Result struct {
	ID  int
	Val int
}

func process(ctx context.Context, id int, gate <-chan struct{}) (Result, error) {
	if id == 4 {
		return Result{}, fmt.Errorf("task %d: %w", id, ErrBadInput)
	}
	select {
	case <-ctx.Done():
		return Result{}, context.Cause(ctx)
	case <-gate:
		return Result{id, id * id}, nil
	}
}

func main() {
	g, ctx := WithContext(context.Background(), 2)
	var mu sync.Mutex
	var results []Result
	for i := 1; i <= 3; i++ {
		g.Go(func() error {
			gate := make(chan struct{})
			close(gate)
			r, err := process(ctx, i, gate)
			if err != nil {
				return err
			}
			mu.Lock()
			results = append(results, r)
			mu.Unlock()
			return nil
		})
	}
	fmt.Println("wait:", g.Wait())
	sort.Slice(results, func(i, j int) bool { return results[i].ID < results[j].ID })
	fmt.Println(results)
	g2, ctx2 := WithContext(context.Background(), 0)
	never := make(chan struct{})
	cancelled := make(chan int, 10)
	for i := 1; i <= 5; i++ {
		g2.Go(func() error {
			_, err := process(ctx2, i, never)
			if err != nil && !errors.Is(err, ErrBadInput) {
				cancelled <- i
			}
			return err
		})
	}
	err := g2.Wait()
	close(cancelled)
	var ids []int
	for id := range cancelled {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	fmt.Println("wait:", err, errors.Is(err, ErrBadInput), ids, errors.Is(context.Cause(ctx2), ErrBadInput))
	timer := time.NewTimer(time.Hour)
	fmt.Println(timer.Stop(), timer.Stop(), timer.Reset(time.Millisecond))
	<-timer.C
	fired := make(chan string, 1)
	af := time.AfterFunc(time.Millisecond, func() { fired <- "fired" })
	fmt.Println(<-fired, af.Stop())
	tk := time.NewTicker(time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	select {
	case v := <-make(chan int):
		fmt.Println(v)
	default:
		fmt.Println("default branch")
	}
	tctx, cancel := context.WithTimeout(context.Background(), 2*time.Millisecond)
	defer cancel()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err())
	case <-time.After(time.Minute):
		fmt.Println("minute")
	}
}
