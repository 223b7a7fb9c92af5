package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func report(q *multiprocessing.SimpleQueue, i int) {
	q.Put([]any{i, i * i})
}

func main() {
	multiprocessing.Main(report)
	q := multiprocessing.NewSimpleQueue()
	var ps []*multiprocessing.Process
	for i := 0; i < 4; i++ {
		ps = append(ps, &multiprocessing.Process{Target: report, Args: []any{q, i}})
	}
	for _, p := range ps {
		p.Start()
	}
	var got []string
	for range ps {
		t := q.Get().([]any)
		got = append(got, fmt.Sprintf("(%d, %d)", t[0], t[1]))
	}
	for _, p := range ps {
		p.Join()
	}
	sort.Strings(got)
	fmt.Println("["+strings.Join(got, ", ")+"]", map[bool]string{true: "True", false: "False"}[q.Empty()])
}
