package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func critical(lock *multiprocessing.Lock, q *multiprocessing.SimpleQueue, i int) {
	lock.Acquire()
	q.Put([]any{"enter", i})
	q.Put([]any{"leave", i})
	lock.Release()
}

func main() {
	multiprocessing.Main(critical)
	lock := multiprocessing.NewLock()
	q := multiprocessing.NewSimpleQueue()
	var ps []*multiprocessing.Process
	for i := range 3 {
		ps = append(ps, &multiprocessing.Process{Target: critical, Args: []any{lock, q, i}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var events [][]any
	for range 6 {
		events = append(events, q.Get().([]any))
	}
	ok := true
	var enters []int
	for k := 0; k < 6; k += 2 {
		ok = ok && events[k][0] == "enter" && events[k+1][0] == "leave" && events[k+1][1] == events[k][1]
		enters = append(enters, events[k][1].(int))
	}
	sort.Ints(enters)
	fmt.Printf("%s [%d, %d, %d]\n", pyBool(ok), enters[0], enters[1], enters[2])
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
