package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var config = map[string]string{"mode": "default"}

func show(q *multiprocessing.Queue) {
	q.Put(config["mode"])
}

func main() {
	multiprocessing.Main(show)
	config["mode"] = "changed in main"
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: show, Args: []any{q}}
	p.Start()
	fmt.Println("child sees:", q.Get())
	p.Join()
	fmt.Println("parent sees:", config["mode"])
}
