package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Pool[In, Out any] struct {
	workers int
	fn      func(In) (Out, error)
}

type Outcome[In, Out any] struct {
	Input In
	Value Out
	Err   error
}

func (p Pool[In, Out]) Run(inputs []In) []Outcome[In, Out] {
	jobs := make(chan In)
	res := make(chan Outcome[In, Out])
	var wg sync.WaitGroup
	for range p.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for in := range jobs {
				v, err := p.fn(in)
				res <- Outcome[In, Out]{in, v, err}
			}
		}()
	}
	go func() {
		for _, in := range inputs {
			jobs <- in
		}
		close(jobs)
		wg.Wait()
		close(res)
	}()
	var out []Outcome[In, Out]
	for r := range res {
		out = append(out, r)
	}
	return out
}

func main() {
	p := Pool[string, int]{workers: 3, fn: func(s string) (int, error) {
		if strings.TrimSpace(s) == "" {
			return 0, fmt.Errorf("empty input")
		}
		return len(strings.Fields(s)), nil
	}}
	outs := p.Run([]string{"a b c", "", "hello world", "one", "  "})
	sort.Slice(outs, func(i, j int) bool { return outs[i].Input < outs[j].Input })
	for _, o := range outs {
		fmt.Printf("%q -> %d %v\n", o.Input, o.Value, o.Err)
	}
	sq := Pool[int, []int]{2, func(n int) ([]int, error) {
		r := make([]int, n)
		for i := range r {
			r[i] = i * i
		}
		return r, nil
	}}
	res := sq.Run([]int{3, 1, 4})
	sort.Slice(res, func(i, j int) bool { return res[i].Input < res[j].Input })
	fmt.Printf("%+v\n", res)
}
