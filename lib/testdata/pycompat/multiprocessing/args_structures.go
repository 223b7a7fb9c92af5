package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func describe(q *multiprocessing.Queue, nums []float64, table map[string]int, label string) {
	s := 0.0
	for _, x := range nums {
		s += x
	}
	var keys []string
	for k := range table {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var items []string
	for _, k := range keys {
		items = append(items, fmt.Sprintf("('%s', %d)", k, table[k]))
	}
	q.Put(fmt.Sprintf("(%v, [%s], '%s')", s, strings.Join(items, ", "), strings.ToUpper(label)))
}

func main() {
	multiprocessing.Main(describe)
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: describe, Args: []any{q, []float64{1, 2, 3.5}, map[string]int{"b": 2, "a": 1}, "child"}}
	p.Start()
	fmt.Println(q.Get())
	p.Join()
}
