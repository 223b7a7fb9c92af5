package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func produce(q *multiprocessing.Queue, base int) {
	for i := 0; i < 5; i++ {
		q.Put(base + i)
	}
}

func main() {
	multiprocessing.Main(produce)
	q := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for _, b := range []int{0, 100, 200} {
		ps = append(ps, &multiprocessing.Process{Target: produce, Args: []any{q, b}})
	}
	for _, p := range ps {
		p.Start()
	}
	var items []int
	for i := 0; i < 15; i++ {
		items = append(items, q.Get().(int))
	}
	for _, p := range ps {
		p.Join()
	}
	sort.Ints(items)
	var ss []string
	for _, x := range items {
		ss = append(ss, fmt.Sprint(x))
	}
	fmt.Println("[" + strings.Join(ss, ", ") + "]")
	fmt.Printf("[%v, %v, %v]\n", ps[0].ExitCode(), ps[1].ExitCode(), ps[2].ExitCode())
}
