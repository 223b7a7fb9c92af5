package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func show(q *multiprocessing.Queue) {
	q.Put(multiprocessing.CurrentProcess().Name)
}

func main() {
	multiprocessing.Main(show)
	fmt.Println(multiprocessing.CurrentProcess().Name)
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: show, Args: []any{q}, Name: "kid"}
	p.Start()
	fmt.Println(q.Get())
	p.Join()
	fmt.Println(p.Name)
}
