package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func squareInto(q *multiprocessing.SimpleQueue, xs []int) {
	for _, x := range xs {
		q.Put(x * x)
	}
}

func main() {
	multiprocessing.Main(squareInto)
	q := multiprocessing.NewSimpleQueue()
	fmt.Println(pyBool(q.Empty()))
	var ps []*multiprocessing.Process
	for i := range 2 {
		var xs []int
		for x := i; x < 10; x += 2 {
			xs = append(xs, x)
		}
		ps = append(ps, &multiprocessing.Process{Target: squareInto, Args: []any{q, xs}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var got []int
	for !q.Empty() {
		got = append(got, q.Get().(int))
	}
	sort.Ints(got)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(got), " ", ", "), pyBool(q.Empty()))
	q.Close()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
