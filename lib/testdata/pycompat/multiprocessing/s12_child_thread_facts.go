package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
	"github.com/gonotes/gonotes/lib/threading"
)

func facts(q *multiprocessing.Queue) {
	t := threading.CurrentThread()
	main := "False"
	if t == threading.MainThread() {
		main = "True"
	}
	q.Put(fmt.Sprintf("('%s', %s, %d, '%s')", t.GetName(), main, threading.ActiveCount(), multiprocessing.CurrentProcess().GetName()))
}

func inThread(q *multiprocessing.Queue) {
	th := &threading.Thread{Target: func() { facts(q) }, Name: "inner"}
	th.Start()
	th.Join()
}

func main() {
	multiprocessing.Main(facts, inThread)
	q := multiprocessing.NewQueue()
	for _, target := range []any{multiprocessing.Named("facts", facts), multiprocessing.Named("inThread", inThread)} {
		p := &multiprocessing.Process{Target: target, Args: []any{q}}
		p.Start()
		p.Join()
		fmt.Println(q.Get())
	}
}
