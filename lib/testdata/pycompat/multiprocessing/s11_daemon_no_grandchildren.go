package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func grandchild() {}

func child(q *multiprocessing.Queue) {
	defer func() {
		if r := recover(); r != nil {
			q.Put(fmt.Sprint(r))
		}
	}()
	(&multiprocessing.Process{Target: grandchild}).Start()
	q.Put("started")
}

func main() {
	multiprocessing.Main(grandchild, child)
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: child, Args: []any{q}, Daemon: true}
	p.Start()
	fmt.Println(q.Get())
	p.Join()
	fmt.Println(pyBool(p.Daemon), p.ExitCode())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
