package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var out []string

func inner() {
	out = append(out, fmt.Sprintf("('inner', %s)", pyBool(threading.CurrentThread().IsDaemon())))
}

func outer() {
	t := &threading.Thread{Target: inner}
	t.Start()
	t.Join()
	out = append(out, fmt.Sprintf("('outer', %s)", pyBool(threading.CurrentThread().IsDaemon())))
}

func main() {
	d := &threading.Thread{Target: outer, Daemon: true}
	d.Start()
	d.Join()
	n := &threading.Thread{Target: outer}
	n.Start()
	n.Join()
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
