package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func report(q *multiprocessing.Queue, tag string) {
	me := multiprocessing.CurrentProcess()
	q.Put(fmt.Sprintf("('%s', '%s', %s, '%s')", tag, me.GetName(), pyBool(me.Daemon), multiprocessing.ParentProcess().GetName()))
}

func pyAny(v any) string {
	if v == nil {
		return "None"
	}
	return fmt.Sprint(v)
}

func main() {
	multiprocessing.Main(report)
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: report, Args: []any{q, "x"}, Name: "alpha", Daemon: true}
	fmt.Println(p.GetName(), pyBool(p.Daemon), pyBool(p.IsAlive()), pyAny(p.ExitCode()))
	p.Start()
	v, _ := q.GetTimeout(30 * time.Second)
	fmt.Println(v)
	p.Join()
	fmt.Println(p.GetName(), pyBool(p.Daemon), pyBool(p.IsAlive()), pyAny(p.ExitCode()))
	p2 := &multiprocessing.Process{Target: report, Args: []any{q, "y"}}
	p2.Daemon = false
	p2.Name = "beta"
	p2.Start()
	v, _ = q.GetTimeout(30 * time.Second)
	fmt.Println(v)
	p2.Join()
	var parent any
	if pp := multiprocessing.ParentProcess(); pp != nil {
		parent = pp
	}
	fmt.Println(multiprocessing.CurrentProcess().GetName(), pyAny(parent))
}
