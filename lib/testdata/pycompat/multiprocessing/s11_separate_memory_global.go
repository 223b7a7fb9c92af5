package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var counter = 0

func bump(q *multiprocessing.Queue) {
	counter += 100
	q.Put(counter)
}

func main() {
	multiprocessing.Main(bump)
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: bump, Args: []any{q}}
	p.Start()
	p.Join()
	fmt.Println("child saw", q.Get(), "parent has", counter)
	bump(q)
	fmt.Println("parent now", counter, q.Get())
}
