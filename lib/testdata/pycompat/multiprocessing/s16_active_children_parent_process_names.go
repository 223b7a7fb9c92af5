package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func child(ev *multiprocessing.Event, q *multiprocessing.Queue) {
	me := multiprocessing.CurrentProcess()
	parent := multiprocessing.ParentProcess()
	d := "False"
	if me.Daemon {
		d = "True"
	}
	q.Put(fmt.Sprintf("('%s', '%s', %s)", me.GetName(), parent.GetName(), d))
	ev.WaitTimeout(30 * time.Second)
}

func names(ps []*multiprocessing.Process) string {
	var out []string
	for _, p := range ps {
		out = append(out, "'"+p.GetName()+"'")
	}
	sort.Strings(out)
	return "[" + strings.Join(out, ", ") + "]"
}

func main() {
	multiprocessing.Main(child)
	ev, q := multiprocessing.NewEvent(), multiprocessing.NewQueue()
	parent := "None"
	if p := multiprocessing.ParentProcess(); p != nil {
		parent = p.String()
	}
	fmt.Println("before:", names(multiprocessing.ActiveChildren()), parent)
	var ps []*multiprocessing.Process
	for i := 0; i < 2; i++ {
		ps = append(ps, &multiprocessing.Process{Target: child, Args: []any{ev, q}, Name: fmt.Sprintf("kid%d", i), Daemon: i == 1})
	}
	for _, p := range ps {
		p.Start()
	}
	var infos []string
	for range ps {
		infos = append(infos, q.Get().(string))
	}
	sort.Strings(infos)
	fmt.Println("[" + strings.Join(infos, ", ") + "]")
	fmt.Println("active:", names(multiprocessing.ActiveChildren()))
	ev.Set()
	for _, p := range ps {
		p.Join()
	}
	fmt.Println("after:", names(multiprocessing.ActiveChildren()), multiprocessing.CurrentProcess().GetName())
}
