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

func worker(ctx context.Context, id int, jobs <-chan int, results chan<- string) {
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			results <- fmt.Sprintf("w%d:%d", id, j*j)
		}
	}
}

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	ch <- 1
	select {
	case ch <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	fmt.Println(<-ch, len(ch), cap(ch))

	var wg sync.WaitGroup
	var n atomic.Int64
	for i := range 10 {
		wg.Go(func() { n.Add(int64(i)) })
	}
	wg.Wait()
	fmt.Println("sum", n.Load())

	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	results := make(chan string, 10)
	var wg2 sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg2.Go(func() { worker(ctx, id, jobs, results) })
	}
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	close(jobs)
	wg2.Wait()
	cancel()
	close(results)
	var vals []string
	for r := range results {
		vals = append(vals, r[3:])
	}
	sort.Strings(vals)
	fmt.Println(vals)

	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), errors.Is(ctx2.Err(), context.Canceled))
	ctx3, cancel3 := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel3()
	<-ctx3.Done()
	fmt.Println(ctx3.Err(), errors.Is(ctx3.Err(), context.DeadlineExceeded))
	cause := errors.New("shutdown")
	ctx4, cancel4 := context.WithCancelCause(context.Background())
	cancel4(cause)
	fmt.Println(ctx4.Err(), context.Cause(ctx4))
	type key string
	ctx5 := context.WithValue(context.Background(), key("user"), "ann")
	ctx6 := context.WithValue(ctx5, key("role"), "admin")
	fmt.Println(ctx6.Value(key("user")), ctx6.Value(key("role")), ctx6.Value(key("none")), ctx6.Value("user"))
	done := make(chan struct{})
	var once sync.Once
	for range 3 {
		once.Do(func() { close(done) })
	}
	_, open := <-done
	fmt.Println("open:", open)
	timeout := time.After(50 * time.Millisecond)
	tick := make(chan int)
	go func() {
		for i := range 3 {
			tick <- i
		}
		close(tick)
	}()
	count := 0
loop:
	for {
		select {
		case _, ok := <-tick:
			if !ok {
				break loop
			}
			count++
		case <-timeout:
			break loop
		}
	}
	fmt.Println("ticks", count)
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println(v)
	default:
		fmt.Println("nil channel never ready")
	}
	var mu sync.RWMutex
	shared := map[int]int{}
	var wg3 sync.WaitGroup
	for i := range 20 {
		wg3.Add(1)
		go func(k int) {
			defer wg3.Done()
			mu.Lock()
			shared[k%5]++
			mu.Unlock()
		}(i)
	}
	wg3.Wait()
	mu.RLock()
	fmt.Println(shared)
	mu.RUnlock()
}
