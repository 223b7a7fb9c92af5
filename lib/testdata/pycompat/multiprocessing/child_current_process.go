package main

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func info(q *multiprocessing.Queue) {
	me := multiprocessing.CurrentProcess()
	parent := multiprocessing.ParentProcess()
	q.Put(fmt.Sprintf("('%s', %s, %s, '%s', %s)", me.Name, pyBool(me.Pid() == os.Getpid()), pyBool(me.Daemon), parent.Name, pyBool(parent.Pid() == os.Getppid())))
}

func main() {
	multiprocessing.Main(info)
	q := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for i := range 2 {
		ps = append(ps, &multiprocessing.Process{Target: info, Args: []any{q}, Name: fmt.Sprintf("kid-%d", i), Daemon: i == 1})
	}
	for _, p := range ps {
		p.Start()
		p.Join()
	}
	var out []string
	for range ps {
		out = append(out, q.Get().(string))
	}
	sort.Strings(out)
	fmt.Printf("[%s]\n", strings.Join(out, ", "))
	main := multiprocessing.CurrentProcess()
	pp := "None"
	if p := multiprocessing.ParentProcess(); p != nil {
		pp = p.Name
	}
	fmt.Println(main.Name, pp)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
