package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func send(q *multiprocessing.SimpleQueue, i int) { q.Put(i * i) }

func b(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(send)
	q := multiprocessing.NewSimpleQueue()
	fmt.Println(b(q.Empty()))
	var ps []*multiprocessing.Process
	for i := range 4 {
		ps = append(ps, &multiprocessing.Process{Target: send, Args: []any{q, i}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var got []int
	for range ps {
		got = append(got, q.Get().(int))
	}
	sort.Ints(got)
	fmt.Printf("[%d, %d, %d, %d] %s\n", got[0], got[1], got[2], got[3], b(q.Empty()))
	q.Close()
}
