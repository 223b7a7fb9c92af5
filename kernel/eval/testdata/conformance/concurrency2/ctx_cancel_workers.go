package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, in <-chan int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case v, ok := <-in:
			if !ok {
				return
			}
			select {
			case out <- fmt.Sprintf("%d", v*v):
			case <-ctx.Done():
				return
			}
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan int)
	out := make(chan string)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(ctx, i, in, out, &wg)
	}
	go func() {
		for i := 1; ; i++ {
			select {
			case in <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	got := 0
	for range out {
		got++
		if got == 10 {
			break
		}
	}
	cancel()
	wg.Wait()
	fmt.Println("received", got, "err:", ctx.Err())
}
