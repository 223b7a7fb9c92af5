package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func producer(q *multiprocessing.Queue, start, n int) {
	for i := start; i < start+n; i++ {
		q.Put(i)
	}
}

func main() {
	multiprocessing.Main(producer)
	q := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for k := 0; k < 3; k++ {
		ps = append(ps, &multiprocessing.Process{Target: producer, Args: []any{q, k * 1000, 500}})
	}
	for _, p := range ps {
		p.Start()
	}
	seen := map[int]bool{}
	sum, lo, hi := 0, 1<<30, -1
	for i := 0; i < 1500; i++ {
		v := q.Get().(int)
		seen[v] = true
		sum += v
		lo, hi = min(lo, v), max(hi, v)
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Println(1500, len(seen), sum, lo, hi)
	var codes []any
	for _, p := range ps {
		codes = append(codes, p.ExitCode())
	}
	fmt.Println(pyBool(q.Empty()), pyList(codes))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
