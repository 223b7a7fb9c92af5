package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func squareInto(q *multiprocessing.Queue, n int) {
	q.Put([2]int{n, n * n})
}

func main() {
	multiprocessing.Main(squareInto)
	q := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for n := range 5 {
		ps = append(ps, &multiprocessing.Process{Target: squareInto, Args: []any{q, n}})
	}
	for _, p := range ps {
		p.Start()
	}
	var results [][2]int
	for range ps {
		results = append(results, q.Get().([2]int))
	}
	for _, p := range ps {
		p.Join()
	}
	sort.Slice(results, func(i, j int) bool { return results[i][0] < results[j][0] })
	var parts, codes []string
	for _, r := range results {
		parts = append(parts, fmt.Sprintf("(%d, %d)", r[0], r[1]))
	}
	for _, p := range ps {
		codes = append(codes, fmt.Sprint(p.ExitCode()))
	}
	empty := "False"
	if q.Empty() {
		empty = "True"
	}
	fmt.Println("["+strings.Join(parts, ", ")+"]", empty, "["+strings.Join(codes, ", ")+"]")
}
