package main

import (
	"context"
	"fmt"
	"sync"
)

func source(ctx context.Context, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func stage[T, U any](ctx context.Context, in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- f(v):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	sq := stage(ctx, source(ctx, 1000), func(x int) int { return x * x })
	strs := stage(ctx, sq, func(x int) string { return fmt.Sprintf("<%d>", x) })
	var got []string
	for s := range strs {
		got = append(got, s)
		if len(got) == 5 {
			cancel()
			break
		}
	}
	fmt.Println(got)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range strs {
		}
	}()
	wg.Wait()
	fmt.Println("drained after cancel:", ctx.Err())
	ctx2 := context.Background()
	total := 0
	for v := range stage(ctx2, source(ctx2, 10), func(x int) int { return x + 1 }) {
		total += v
	}
	fmt.Println("total:", total)
}
