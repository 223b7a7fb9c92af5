package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func show(q *multiprocessing.Queue, a, b int, label string, scale int) {
	q.Put(fmt.Sprintf("%s: %d %d %d", label, a, b, scale*(a+b)))
}

func main() {
	multiprocessing.Main(show)
	q := multiprocessing.NewQueue()
	specs := [][]any{{1, 2, "none", 1}, {3, 4, "kw", 1}, {5, 6, "both", 10}}
	for _, s := range specs {
		p := &multiprocessing.Process{Target: show, Args: append([]any{q}, s...)}
		p.Start()
		p.Join()
		fmt.Println(q.Get(), p.ExitCode())
	}
}
