package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

type info struct {
	Name   string
	Daemon bool
	Parent string
}

func report(q *multiprocessing.Queue) {
	me := multiprocessing.CurrentProcess()
	q.Put(info{me.GetName(), me.Daemon, multiprocessing.ParentProcess().GetName()})
}

func main() {
	multiprocessing.Main(report)
	q := multiprocessing.NewQueue()
	a := &multiprocessing.Process{Target: report, Args: []any{q}, Name: "alpha"}
	b := &multiprocessing.Process{Target: report, Args: []any{q}}
	fmt.Println(a.GetName(), b.GetName())
	b.Name = "beta"
	c := &multiprocessing.Process{Target: report, Args: []any{q}, Daemon: true}
	for _, p := range []*multiprocessing.Process{a, b, c} {
		p.Start()
		v, _ := q.GetTimeout(30 * time.Second)
		s := v.(struct {
			Name   string
			Daemon bool
			Parent string
		})
		fmt.Printf("('%s', %s, '%s')\n", s.Name, pb(s.Daemon), s.Parent)
		p.Join()
	}
	fmt.Printf("['%s', '%s', '%s'] [%v, %v, %v]\n", a.GetName(), b.GetName(), c.GetName(), a.ExitCode(), b.ExitCode(), c.ExitCode())
}
