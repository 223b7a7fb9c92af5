package main

import (
	"fmt"
	"runtime"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func show(q *multiprocessing.Queue) {
	q.Put([]string{multiprocessing.CurrentProcess().Name, multiprocessing.ParentProcess().Name})
}

func main() {
	multiprocessing.Main(show)
	fmt.Println(pyBool(multiprocessing.CPUCount() == runtime.NumCPU()))
	if multiprocessing.ParentProcess() == nil {
		fmt.Println("None")
	}
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: show, Args: []any{q}}
	p.Start()
	names := q.Get().([]string)
	fmt.Printf("('%s', '%s')\n", names[0], names[1])
	p.Join()
	if len(multiprocessing.ActiveChildren()) == 0 {
		fmt.Println("[]")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
