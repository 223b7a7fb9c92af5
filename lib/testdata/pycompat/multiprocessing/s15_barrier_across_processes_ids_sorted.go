package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func party(i int, barrier *multiprocessing.Barrier, q *multiprocessing.Queue) {
	k, _ := barrier.Wait()
	q.Put(fmt.Sprintf("(%d, %s)", i, map[bool]string{true: "True", false: "False"}[k >= 0 && k < 3]))
}

func main() {
	multiprocessing.Main(party)
	barrier := multiprocessing.NewBarrier(3)
	q := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for i := 0; i < 3; i++ {
		ps = append(ps, &multiprocessing.Process{Target: party, Args: []any{i, barrier, q}})
	}
	for _, p := range ps {
		p.Start()
	}
	var got []string
	for i := 0; i < 3; i++ {
		got = append(got, q.Get().(string))
	}
	sort.Strings(got)
	for _, p := range ps {
		p.Join()
	}
	fmt.Println("["+strings.Join(got, ", ")+"]", barrier.Parties(), barrier.NWaiting(), map[bool]string{true: "True", false: "False"}[barrier.Broken()])
}
