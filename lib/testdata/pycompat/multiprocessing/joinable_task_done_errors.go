package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func consume(q *multiprocessing.JoinableQueue) {
	for {
		x := q.Get()
		q.TaskDone()
		if x == nil {
			break
		}
	}
}

func main() {
	multiprocessing.Main(consume)
	q := multiprocessing.NewJoinableQueue()
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		q.TaskDone()
	}()
	p := &multiprocessing.Process{Target: consume, Args: []any{q}}
	p.Start()
	for i := range 5 {
		q.Put(i)
	}
	q.Put(nil)
	q.Join()
	fmt.Println("joined")
	p.Join()
	fmt.Println(p.ExitCode(), pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
