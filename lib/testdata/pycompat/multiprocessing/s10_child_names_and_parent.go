package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func report(q *multiprocessing.Queue) {
	me := multiprocessing.CurrentProcess()
	parent := multiprocessing.ParentProcess()
	pname := "None"
	if parent != nil {
		pname = "'" + parent.GetName() + "'"
	}
	q.Put(fmt.Sprintf("('%s', %s, %s, [])", me.GetName(), pyBool(me.Daemon), pname))
}

func main() {
	multiprocessing.Main(report)
	q := multiprocessing.NewQueue()
	for _, c := range []struct {
		name   string
		daemon bool
	}{{"alpha", false}, {"beta", true}} {
		p := &multiprocessing.Process{Target: report, Args: []any{q}, Name: c.name, Daemon: c.daemon}
		p.Start()
		fmt.Println(q.Get())
		p.Join()
	}
	parent := "None"
	if multiprocessing.ParentProcess() != nil {
		parent = "something"
	}
	fmt.Println(multiprocessing.CurrentProcess().GetName(), parent, multiprocessing.ActiveChildren())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
