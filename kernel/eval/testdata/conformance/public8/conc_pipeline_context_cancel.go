package main

import (
	"context"
	"fmt"
)

func counter(ctx context.Context) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; ; i++ {
			select {
			case ch <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch
}

func filter(ctx context.Context, in <-chan int, pred func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if !pred(v) {
				continue
			}
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	primes := filter(ctx, counter(ctx), isPrime)
	var got []int
	for p := range primes {
		got = append(got, p)
		if len(got) == 15 {
			cancel()
			break
		}
	}
	fmt.Println(got)
	for range primes {
	}
	fmt.Println("drained", ctx.Err())
}
