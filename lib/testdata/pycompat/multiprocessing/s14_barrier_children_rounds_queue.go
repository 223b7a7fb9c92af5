package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func runner(b *multiprocessing.Barrier, q *multiprocessing.Queue, i int) {
	for rnd := 0; rnd < 2; rnd++ {
		idx, _ := b.Wait()
		ok := "False"
		if idx >= 0 && idx < 3 {
			ok = "True"
		}
		q.Put(fmt.Sprintf("(%d, %d, %s)", rnd, i, ok))
	}
}

func main() {
	multiprocessing.Main(runner)
	b := multiprocessing.NewBarrier(3)
	q := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for i := 0; i < 3; i++ {
		ps = append(ps, &multiprocessing.Process{Target: runner, Args: []any{b, q, i}})
	}
	for _, p := range ps {
		p.Start()
	}
	var got []string
	for i := 0; i < 6; i++ {
		got = append(got, q.Get().(string))
	}
	for _, p := range ps {
		p.Join()
	}
	sort.Strings(got)
	fmt.Println("[" + strings.Join(got, ", ") + "]")
	fmt.Println(b.Parties(), b.NWaiting(), map[bool]string{true: "True", false: "False"}[b.Broken()])
}
