package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func produce(q *multiprocessing.Queue, wid string, n int) {
	for i := 0; i < n; i++ {
		q.Put([]any{wid, i})
	}
	q.Put([]any{wid, nil})
}

func main() {
	multiprocessing.Main(produce)
	q := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for _, w := range []string{"a", "b"} {
		ps = append(ps, &multiprocessing.Process{Target: produce, Args: []any{q, w, 500}})
	}
	for _, p := range ps {
		p.Start()
	}
	counts := map[string]int{"a": 0, "b": 0}
	total, finished := 0, 0
	last := map[string]int{"a": -1, "b": -1}
	for finished < 2 {
		t := q.Get().([]any)
		wid := t[0].(string)
		if t[1] == nil {
			finished++
			continue
		}
		i := t[1].(int)
		if last[wid] != i-1 {
			panic("AssertionError")
		}
		last[wid] = i
		counts[wid]++
		total += i
	}
	for _, p := range ps {
		p.Join()
	}
	empty := "False"
	if q.Empty() {
		empty = "True"
	}
	fmt.Printf("{'a': %d, 'b': %d} %d [%v, %v] %s\n", counts["a"], counts["b"], total, ps[0].ExitCode(), ps[1].ExitCode(), empty)
}
