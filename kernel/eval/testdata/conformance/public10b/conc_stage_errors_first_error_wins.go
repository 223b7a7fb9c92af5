package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type stageErr struct {
	stage string
	err   error
}

func (e *stageErr) Error() string { return e.stage + ": " + e.err.Error() }
func (e *stageErr) Unwrap() error { return e.err }

func parse(ctx context.Context, in []string, errc chan<- error) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, s := range in {
			n, err := strconv.Atoi(s)
			if err != nil {
				errc <- &stageErr{"parse", err}
				return
			}
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func check(ctx context.Context, in <-chan int, errc chan<- error) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if n < 0 {
				errc <- &stageErr{"check", fmt.Errorf("negative value %d", n)}
				return
			}
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func runPipeline(in []string) (int, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errc := make(chan error, 2)
	sum := 0
	for n := range check(ctx, parse(ctx, in, errc), errc) {
		sum += n
	}
	select {
	case err := <-errc:
		return sum, err
	default:
		return sum, nil
	}
}

func main() {
	for _, in := range [][]string{
		{"1", "2", "3"},
		{"1", "x", "3"},
		{"4", "-5", "6"},
		{},
	} {
		sum, err := runPipeline(in)
		var se *stageErr
		fmt.Printf("%v sum=%d err=%v stage=%v\n", in, sum, err, errors.As(err, &se) && se.stage != "")
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  bad number:", ne.Num, ne.Func)
		}
	}
	var once sync.Once
	once.Do(func() { fmt.Println("done") })
}
