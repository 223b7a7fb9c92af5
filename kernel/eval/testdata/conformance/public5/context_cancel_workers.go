package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type result struct {
	worker int
	items  []int
	err    error
}

func worker(ctx context.Context, id int, jobs <-chan int, out chan<- result) {
	var r result
	r.worker = id
	defer func() { out <- r }()
	for {
		select {
		case <-ctx.Done():
			r.err = context.Cause(ctx)
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			r.items = append(r.items, j*j)
		}
	}
}

var errBudget = errors.New("budget exhausted")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	jobs := make(chan int)
	out := make(chan result, 3)
	for i := 1; i <= 3; i++ {
		go worker(ctx, i, jobs, out)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	cancel(errBudget)
	var all []int
	var errs []string
	for i := 0; i < 3; i++ {
		r := <-out
		all = append(all, r.items...)
		errs = append(errs, fmt.Sprint(r.err))
	}
	sort.Ints(all)
	sort.Strings(errs)
	fmt.Println(all)
	fmt.Println(errs)
	fmt.Println(ctx.Err(), context.Cause(ctx), errors.Is(context.Cause(ctx), errBudget))

	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	type key string
	valCtx := context.WithValue(child, key("user"), "ann")
	pcancel()
	<-valCtx.Done()
	fmt.Println(valCtx.Err(), valCtx.Value(key("user")), valCtx.Value("user"))

	var wg sync.WaitGroup
	ctx2, cancel2 := context.WithCancel(context.Background())
	stopped := make([]bool, 4)
	for i := range stopped {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ctx2.Done()
			stopped[i] = true
		}()
	}
	cancel2()
	cancel2()
	wg.Wait()
	fmt.Println(stopped)
	ran := make(chan string)
	context.AfterFunc(ctx2, func() { ran <- "after func ran" })
	fmt.Println(<-ran)
	ctx3 := context.WithoutCancel(ctx2)
	fmt.Println(ctx3.Err(), ctx3.Done() == nil)
}
