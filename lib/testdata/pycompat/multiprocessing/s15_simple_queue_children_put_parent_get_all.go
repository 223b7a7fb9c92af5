package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func work(i int, q *multiprocessing.SimpleQueue) {
	xs := make([]int, i)
	for k := range xs {
		xs[k] = i
	}
	q.Put([]any{i, xs})
}

func main() {
	multiprocessing.Main(work)
	q := multiprocessing.NewSimpleQueue()
	var ps []*multiprocessing.Process
	for i := 1; i < 5; i++ {
		ps = append(ps, &multiprocessing.Process{Target: work, Args: []any{i, q}})
	}
	for _, p := range ps {
		p.Start()
	}
	var got []string
	for range ps {
		m := q.Get().([]any)
		got = append(got, fmt.Sprintf("(%d, %s)", m[0], strings.ReplaceAll(fmt.Sprint(m[1]), " ", ", ")))
	}
	sort.Strings(got)
	for _, p := range ps {
		p.Join()
	}
	fmt.Println("[" + strings.Join(got, ", ") + "]")
	fmt.Println(map[bool]string{true: "True", false: "False"}[q.Empty()])
	q.Close()
}
