package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func report(q *multiprocessing.Queue) {
	me := multiprocessing.CurrentProcess()
	q.Put([]bool{me.Pid() == os.Getpid(), me.Ident() == os.Getpid(), os.Getppid() == multiprocessing.ParentProcess().Pid()})
}

func main() {
	multiprocessing.Main(report)
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: report, Args: []any{q}}
	p.Start()
	got := q.Get().([]bool)
	p.Join()
	fmt.Printf("(%s, %s, %s)\n", pyBool(got[0]), pyBool(got[1]), pyBool(got[2]))
	fmt.Println(pyBool(multiprocessing.CurrentProcess().Pid() == os.Getpid()), pyBool(p.Pid() != os.Getpid()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
