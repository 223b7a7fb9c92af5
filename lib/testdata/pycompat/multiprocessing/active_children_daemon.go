package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func waitFor(e *multiprocessing.Event) {
	e.Wait()
}

func main() {
	multiprocessing.Main(waitFor)
	e := multiprocessing.NewEvent()
	d := &multiprocessing.Process{Target: waitFor, Args: []any{e}, Daemon: true, Name: "d"}
	n := &multiprocessing.Process{Target: waitFor, Args: []any{e}, Name: "n"}
	fmt.Println(pyBool(d.Daemon), pyBool(n.Daemon))
	d.Start()
	n.Start()
	var names []string
	for _, p := range multiprocessing.ActiveChildren() {
		names = append(names, "'"+p.Name+"'")
	}
	sort.Strings(names)
	fmt.Printf("[%s]\n", strings.Join(names, ", "))
	e.Set()
	d.Join()
	n.Join()
	fmt.Printf("[%s] %v %v\n", strings.Repeat("?", len(multiprocessing.ActiveChildren())), d.ExitCode(), n.ExitCode())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
