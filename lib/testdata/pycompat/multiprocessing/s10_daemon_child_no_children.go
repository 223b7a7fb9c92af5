package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func leaf() {}

func parent(q *multiprocessing.Queue) {
	defer func() {
		if r := recover(); r != nil {
			q.Put(fmt.Sprint(r))
		}
	}()
	p := &multiprocessing.Process{Target: leaf}
	if err := p.Start(); err != nil {
		q.Put(err.Error())
		return
	}
	p.Join()
	q.Put("started child")
}

func main() {
	multiprocessing.Main(leaf, parent)
	q := multiprocessing.NewQueue()
	for _, d := range []bool{false, true} {
		p := &multiprocessing.Process{Target: parent, Args: []any{q}, Daemon: d}
		p.Start()
		fmt.Println(pyBool(d), q.Get())
		p.Join()
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
