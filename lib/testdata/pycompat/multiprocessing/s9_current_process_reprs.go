package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func show(q *multiprocessing.Queue) {
	q.Put(regexp.MustCompile(`=\d+`).ReplaceAllString(multiprocessing.CurrentProcess().String(), "=N"))
}

func main() {
	multiprocessing.Main(show)
	fmt.Println(multiprocessing.CurrentProcess())
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: show, Args: []any{q}}
	p.Start()
	fmt.Println(q.Get())
	p.Join()
	d := &multiprocessing.Process{Target: show, Args: []any{q}, Name: "d", Daemon: true}
	d.Start()
	fmt.Println(q.Get())
	d.Join()
}
