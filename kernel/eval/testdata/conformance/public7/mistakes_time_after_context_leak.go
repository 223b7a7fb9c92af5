package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// worker stops when its context is cancelled instead of leaking.
func worker(ctx context.Context, id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			select {
			case results <- fmt.Sprintf("job %d done", j):
			case <-ctx.Done():
				return
			}
		}
	}
}

func slowOp(ctx context.Context) error {
	t := time.NewTimer(time.Hour)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

type ctxKey string

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	results := make(chan string, 10)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, results, &wg)
	}
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	cancel()
	close(results)
	n := 0
	for range results {
		n++
	}
	fmt.Println("results", n)

	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	err := slowOp(ctx2)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))

	ctx3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(errors.New("shutting down"))
	fmt.Println(slowOp(ctx3), context.Cause(ctx3))

	vctx := context.WithValue(context.Background(), ctxKey("user"), "ada")
	vctx = context.WithValue(vctx, ctxKey("role"), "admin")
	fmt.Println(vctx.Value(ctxKey("user")), vctx.Value(ctxKey("role")), vctx.Value("user"))

	// a stopped timer does not fire; Reset re-arms it
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop(), t.Stop())
	t.Reset(time.Millisecond)
	<-t.C
	fmt.Println("fired after reset")
	d, ok := ctx2.Deadline()
	fmt.Println(ok, !d.IsZero(), ctx.Err(), context.Background().Err())
}
