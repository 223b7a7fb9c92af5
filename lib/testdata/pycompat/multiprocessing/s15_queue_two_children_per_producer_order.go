package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func produce(tag string, n int, q *multiprocessing.Queue) {
	for i := 0; i < n; i++ {
		q.Put([]any{tag, i})
	}
	q.Put([]any{tag, "done"})
}

func main() {
	multiprocessing.Main(produce)
	q := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for _, t := range []string{"a", "b"} {
		ps = append(ps, &multiprocessing.Process{Target: produce, Args: []any{t, 300, q}})
	}
	for _, p := range ps {
		p.Start()
	}
	last := map[string]int{"a": -1, "b": -1}
	ordered := true
	finished, count := 0, 0
	for finished < 2 {
		m := q.Get().([]any)
		tag := m[0].(string)
		i, ok := m[1].(int)
		if !ok {
			finished++
			continue
		}
		ordered = ordered && i == last[tag]+1
		last[tag] = i
		count++
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("%d %s {'a': %d, 'b': %d} [%v, %v]\n", count, map[bool]string{true: "True", false: "False"}[ordered],
		last["a"], last["b"], ps[0].ExitCode(), ps[1].ExitCode())
}
