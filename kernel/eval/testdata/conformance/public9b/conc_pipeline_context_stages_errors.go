package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Record struct {
	Line int
	Raw  string
	Val  int
}

var ErrParse = errors.New("parse error")

func source(ctx context.Context, lines []string) <-chan Record {
	out := make(chan Record)
	go func() {
		defer close(out)
		for i, l := range lines {
			select {
			case out <- Record{Line: i + 1, Raw: l}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func parse(ctx context.Context, in <-chan Record, errc chan<- error) <-chan Record {
	out := make(chan Record)
	go func() {
		defer close(out)
		for r := range in {
			v, err := strconv.Atoi(strings.TrimSpace(r.Raw))
			if err != nil {
				errc <- fmt.Errorf("line %d: %w (%v)", r.Line, ErrParse, err)
				continue
			}
			r.Val = v
			select {
			case out <- r:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, in <-chan Record, workers int) <-chan Record {
	out := make(chan Record)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range in {
				r.Val *= r.Val
				select {
				case out <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	lines := []string{"1", " 2", "x", "4", "5 ", "six", "7"}
	errc := make(chan error, len(lines))
	results := make([]int, len(lines)+1)
	for r := range square(ctx, parse(ctx, source(ctx, lines), errc), 3) {
		results[r.Line] = r.Val
	}
	close(errc)
	fmt.Println(results[1:])
	var errs []error
	for e := range errc {
		errs = append(errs, e)
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	joined := errors.Join(errs...)
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	for _, e := range errs {
		fmt.Println(e)
	}
	fmt.Println(len(errs), errors.Is(joined, ErrParse))
	var ne *strconv.NumError
	fmt.Println(errors.As(joined, &ne), ne.Func)
}
