package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"sync"
)

type JobError struct {
	Job  int
	What string
}

func (e *JobError) Error() string { return fmt.Sprintf("job %d: %s", e.Job, e.What) }

type Result struct {
	Job int
	Out string
}

func worker(ctx context.Context, id int, jobs <-chan int, out chan<- Result, cancel context.CancelCauseFunc) {
	for j := range jobs {
		if ctx.Err() != nil {
			return
		}
		if j == 5 {
			cancel(&JobError{j, "exploded"})
			return
		}
		select {
		case out <- Result{j, fmt.Sprintf("w%d", id)}:
		case <-ctx.Done():
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	jobs := make(chan int)
	out := make(chan Result, 100)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			worker(ctx, id, jobs, out, cancel)
		}(i)
	}
	go func() {
		defer close(jobs)
		for j := 0; j < 10; j++ {
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
			if j == 5 {
				<-ctx.Done()
				return
			}
		}
	}()
	wg.Wait()
	close(out)
	var done []int
	for r := range out {
		done = append(done, r.Job)
	}
	sort.Ints(done)
	fmt.Println(len(done) <= 5, slices.Contains(done, 5), ctx.Err())
	cause := context.Cause(ctx)
	var je *JobError
	fmt.Println(cause, errors.As(cause, &je), je.Job, errors.Is(ctx.Err(), context.Canceled))
	cancel(errors.New("second"))
	fmt.Println(context.Cause(ctx))
	ran := make(chan struct{})
	stop := context.AfterFunc(ctx, func() { close(ran) })
	<-ran
	fmt.Println(stop())
}
