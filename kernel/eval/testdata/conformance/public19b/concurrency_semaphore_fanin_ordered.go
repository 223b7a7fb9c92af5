package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type result struct {
	idx int
	val string
	err error
}

func process(ctx context.Context, i int, s string) (string, error) {
	if ctx.Err() != nil {
		return "", ctx.Err()
	}
	if strings.Contains(s, "!") {
		return "", fmt.Errorf("item %d: bad input %q", i, s)
	}
	return strings.ToUpper(s), nil
}

func boundedMap(ctx context.Context, in []string, limit int) ([]string, error) {
	sem := make(chan struct{}, limit)
	out := make([]string, len(in))
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
		active   atomic.Int32
		maxSeen  atomic.Int32
	)
	for i, s := range in {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			n := active.Add(1)
			for {
				m := maxSeen.Load()
				if n <= m || maxSeen.CompareAndSwap(m, n) {
					break
				}
			}
			defer active.Add(-1)
			v, err := process(ctx, i, s)
			if err != nil {
				mu.Lock()
				if firstErr == nil || strings.Compare(err.Error(), firstErr.Error()) < 0 {
					firstErr = err
				}
				mu.Unlock()
				return
			}
			out[i] = v
		}()
	}
	wg.Wait()
	fmt.Println("max concurrency within limit:", maxSeen.Load() <= int32(limit))
	return out, firstErr
}

func fanIn(chs ...<-chan result) <-chan result {
	out := make(chan result)
	var wg sync.WaitGroup
	for _, c := range chs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range c {
				out <- r
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func producer(start, n int) <-chan result {
	c := make(chan result)
	go func() {
		defer close(c)
		for i := start; i < start+n; i++ {
			var err error
			if i%7 == 0 {
				err = errors.New("divisible by 7")
			}
			c <- result{i, fmt.Sprint("v", i), err}
		}
	}()
	return c
}

func main() {
	out, err := boundedMap(context.Background(), []string{"a", "b", "c", "d", "e"}, 2)
	fmt.Println(out, err)
	out, err = boundedMap(context.Background(), []string{"x", "y!", "z", "w!"}, 3)
	fmt.Printf("%q %v\n", out, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = boundedMap(ctx, []string{"q"}, 1)
	fmt.Println(err, errors.Is(err, context.Canceled))
	var all []result
	for r := range fanIn(producer(0, 5), producer(5, 5), producer(10, 5)) {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].idx < all[j].idx })
	var errs []string
	for _, r := range all {
		if r.err != nil {
			errs = append(errs, fmt.Sprint(r.idx, ":", r.err))
		}
	}
	fmt.Println(len(all), all[0].val, all[len(all)-1].val, errs)
}
