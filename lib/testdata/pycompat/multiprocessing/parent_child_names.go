package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func report(q *multiprocessing.Queue) {
	me := multiprocessing.CurrentProcess()
	q.Put([]any{me.Name, multiprocessing.ParentProcess().Name, me.Daemon})
}

func main() {
	multiprocessing.Main(report)
	parent := "None"
	if pp := multiprocessing.ParentProcess(); pp != nil {
		parent = pp.Name
	}
	fmt.Println(multiprocessing.CurrentProcess().Name, parent)
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: report, Args: []any{q}, Name: "reporter"}
	d := &multiprocessing.Process{Target: report, Args: []any{q}, Daemon: true}
	fmt.Println(pyBool(p.Daemon), pyBool(d.Daemon))
	for _, x := range []*multiprocessing.Process{p, d} {
		x.Start()
		x.Join()
	}
	for i := 0; i < 2; i++ {
		t := q.Get().([]any)
		fmt.Printf("('%s', '%s', %s)\n", t[0], t[1], pyBool(t[2].(bool)))
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
