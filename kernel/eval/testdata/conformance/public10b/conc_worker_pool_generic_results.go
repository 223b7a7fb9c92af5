package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type Result[T any] struct {
	Index int
	Value T
	Err   error
}

func Pool[In, Out any](workers int, inputs []In, f func(In) (Out, error)) []Result[Out] {
	type item struct {
		i int
		v In
	}
	jobs := make(chan item)
	results := make(chan Result[Out])
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				out, err := f(it.v)
				results <- Result[Out]{it.i, out, err}
			}
		}()
	}
	go func() {
		for i, v := range inputs {
			jobs <- item{i, v}
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	all := make([]Result[Out], len(inputs))
	for r := range results {
		all[r.Index] = r
	}
	return all
}

var errNegative = errors.New("negative")

func main() {
	rs := Pool(3, []string{"12", "x", "-4", "100", "7"}, func(s string) (int, error) {
		n, err := strconv.Atoi(s)
		if err != nil {
			return 0, err
		}
		if n < 0 {
			return n, fmt.Errorf("%d: %w", n, errNegative)
		}
		return n * 2, nil
	})
	for _, r := range rs {
		fmt.Printf("%d %v %v\n", r.Index, r.Value, r.Err)
	}
	lens := Pool(2, [][]int{{1}, {1, 2, 3}, nil}, func(x []int) (float64, error) {
		if len(x) == 0 {
			return 0, errors.New("empty")
		}
		s := 0
		for _, v := range x {
			s += v
		}
		return float64(s) / float64(len(x)), nil
	})
	fmt.Printf("%+v\n", lens)
	fmt.Printf("%T\n", lens[0])
}
