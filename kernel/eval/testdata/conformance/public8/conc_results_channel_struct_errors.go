package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type Result struct {
	Input string
	Value int
	Err   error
}

func square(s string) Result {
	n, err := strconv.Atoi(s)
	if err != nil {
		return Result{Input: s, Err: fmt.Errorf("square %q: %w", s, err)}
	}
	if n > 1000 {
		return Result{Input: s, Err: errors.New("too large")}
	}
	return Result{Input: s, Value: n * n}
}

func main() {
	inputs := []string{"3", "x", "12", "5000", "-4", ""}
	ch := make(chan Result, len(inputs))
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			ch <- square(s)
		}(in)
	}
	wg.Wait()
	close(ch)
	var ok, failed []Result
	for r := range ch {
		if r.Err != nil {
			failed = append(failed, r)
		} else {
			ok = append(ok, r)
		}
	}
	sort.Slice(ok, func(i, j int) bool { return ok[i].Value < ok[j].Value })
	sort.Slice(failed, func(i, j int) bool { return failed[i].Input < failed[j].Input })
	for _, r := range ok {
		fmt.Printf("%4s -> %d\n", r.Input, r.Value)
	}
	for _, r := range failed {
		var ne *strconv.NumError
		fmt.Printf("%4q error: %v (num error: %v)\n", r.Input, r.Err, errors.As(r.Err, &ne))
	}
}
