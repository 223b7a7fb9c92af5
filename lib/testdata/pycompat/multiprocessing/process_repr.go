package main

import (
	"fmt"
	"os"
	"regexp"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func work() {
}

func exit(code int) {
	os.Exit(code)
}

// show prints x's repr, its pids as N (they change from run to run).
func show(x any) {
	fmt.Println(regexp.MustCompile(`(pid|parent)=\d+`).ReplaceAllString(fmt.Sprint(x), "${1}=N"))
}

func main() {
	multiprocessing.Main(work, exit)
	p := &multiprocessing.Process{Target: work, Name: "job"}
	show(p)
	fmt.Println(pyBool(p.Daemon))
	d := &multiprocessing.Process{Target: work, Name: "bg", Daemon: true}
	show(d)
	p.Start()
	p.Join()
	show(p)
	e := &multiprocessing.Process{Target: exit, Args: []any{3}, Name: "failing"}
	e.Start()
	e.Join()
	show(e)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
