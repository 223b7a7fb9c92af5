package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func who(q *multiprocessing.Queue) {
	me := multiprocessing.CurrentProcess()
	d := "False"
	if me.Daemon {
		d = "True"
	}
	q.Put(fmt.Sprintf("('%s', %s, '%s')", me.GetName(), d, multiprocessing.ParentProcess().GetName()))
}

func main() {
	multiprocessing.Main(who)
	q := multiprocessing.NewQueue()
	ps := []*multiprocessing.Process{{Target: who, Args: []any{q}}, {Target: who, Args: []any{q}, Name: "custom", Daemon: true}}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var got []string
	for range ps {
		got = append(got, q.Get().(string))
	}
	sort.Strings(got)
	parent := "None"
	if pp := multiprocessing.ParentProcess(); pp != nil {
		parent = pp.String()
	}
	fmt.Println("[" + strings.Join(got, ", ") + "]")
	fmt.Println(multiprocessing.CurrentProcess().GetName(), parent)
}
