package main

import (
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func w(b *multiprocessing.Barrier, q *multiprocessing.Queue) {
	i, _ := b.WaitTimeout(30 * time.Second)
	q.Put(i)
}

func main() {
	multiprocessing.Main(w)
	b := multiprocessing.NewBarrier(3)
	q := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for range 2 {
		ps = append(ps, &multiprocessing.Process{Target: w, Args: []any{b, q}})
	}
	for _, p := range ps {
		p.Start()
	}
	mine, _ := b.WaitTimeout(30 * time.Second)
	got := []int{mine}
	for range ps {
		v, _ := q.GetTimeout(30 * time.Second)
		got = append(got, v.(int))
	}
	sort.Ints(got)
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("[%d, %d, %d] %d %d %s\n", got[0], got[1], got[2], b.Parties(), b.NWaiting(), map[bool]string{false: "False", true: "True"}[b.Broken()])
}
