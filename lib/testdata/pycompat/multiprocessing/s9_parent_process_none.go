package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func show(q *multiprocessing.Queue) {
	pp := multiprocessing.ParentProcess()
	if pp != nil {
		q.Put(fmt.Sprintf("(True, '%s')", pp.Name))
	} else {
		q.Put("(False, None)")
	}
}

func main() {
	multiprocessing.Main(show)
	if multiprocessing.ParentProcess() == nil {
		fmt.Println("None")
	}
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: show, Args: []any{q}}
	p.Start()
	fmt.Println(q.Get())
	p.Join()
}
