package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func compute(ctx context.Context, n int) (int, error) {
	res := make(chan int, 1)
	go func() {
		s := 0
		for i := 1; i <= n; i++ {
			s += i
		}
		res <- s
	}()
	select {
	case v := <-res:
		return v, nil
	case <-ctx.Done():
		return 0, fmt.Errorf("compute %d: %w", n, ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	for _, n := range []int{10, 100, 1000} {
		v, err := compute(ctx, n)
		fmt.Println(n, v, err)
	}
	dead, cancel2 := context.WithCancel(context.Background())
	cancel2()
	_, err := compute(dead, 5)
	if err != nil {
		fmt.Println(errors.Is(err, context.Canceled))
	} else {
		fmt.Println(true)
	}
	dl, ok := ctx.Deadline()
	fmt.Println(ok, dl.After(time.Now()))
}
