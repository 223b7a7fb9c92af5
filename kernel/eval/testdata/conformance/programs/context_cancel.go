package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func counter(ctx context.Context, out chan<- int) error {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case out <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	errc := make(chan error, 1)
	go func() { errc <- counter(ctx, out) }()
	for i := 0; i < 5; i++ {
		fmt.Println(<-out)
	}
	cancel()
	err := <-errc
	fmt.Println(err, errors.Is(err, context.Canceled))

	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	var wg sync.WaitGroup
	res := make([]string, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case <-ctx2.Done():
				res[i] = fmt.Sprint("worker ", i, ": ", ctx2.Err())
			case <-time.After(5 * time.Second):
				res[i] = "too slow"
			}
		}()
	}
	wg.Wait()
	for _, r := range res {
		fmt.Println(r)
	}
	fmt.Println(errors.Is(ctx2.Err(), context.DeadlineExceeded))
}
