package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func report(q *multiprocessing.Queue) {
	q.Put([]int{os.Getpid(), os.Getppid()})
}

func main() {
	multiprocessing.Main(report)
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: report, Args: []any{q}}
	if p.Pid() == 0 {
		fmt.Println("None")
	}
	p.Start()
	ids := q.Get().([]int)
	child, parent := ids[0], ids[1]
	p.Join()
	fmt.Println(pyBool(child == p.Pid()), pyBool(child != os.Getpid()), pyBool(parent == os.Getpid()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
