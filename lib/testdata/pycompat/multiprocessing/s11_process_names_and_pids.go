package main

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func report(q *multiprocessing.Queue) {
	me := multiprocessing.CurrentProcess()
	q.Put(fmt.Sprintf("('%s', %s, '%s')", me.GetName(), pyBool(os.Getpid() == me.Pid()), multiprocessing.ParentProcess().GetName()))
}

func main() {
	multiprocessing.Main(report)
	q := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for i := 0; i < 3; i++ {
		ps = append(ps, &multiprocessing.Process{Target: report, Args: []any{q}, Name: fmt.Sprintf("job-%d", i)})
	}
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
	fmt.Println(pyStrs(got))
	parent := "None"
	if pp := multiprocessing.ParentProcess(); pp != nil {
		parent = pp.String()
	}
	fmt.Println(multiprocessing.CurrentProcess().GetName(), parent)
	all := true
	for _, p := range ps {
		all = all && p.Pid() != os.Getpid()
	}
	fmt.Println(pyBool(all))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
