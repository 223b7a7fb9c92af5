package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var out []string
	var gate threading.Event
	parent := func() {
		child := &threading.Thread{Target: func() {}}
		out = append(out, "('child of daemon', "+py(child.IsDaemon())+")")
		child2 := &threading.Thread{Target: func() {}}
		child2.SetDaemon(false)
		out = append(out, "('explicit False', "+py(child2.IsDaemon())+")")
	}
	d := &threading.Thread{Target: parent, Daemon: true}
	d.Start()
	d.Join()
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	fmt.Println("main:", py(threading.CurrentThread().IsDaemon()), py((&threading.Thread{}).IsDaemon()))
	t := &threading.Thread{Target: gate.Wait}
	t.SetDaemon(true)
	t.SetDaemon(false)
	fmt.Println("set twice before start:", py(t.IsDaemon()), py(t.IsDaemon()))
	t.Start()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		t.SetDaemon(true)
	}()
	gate.Set()
	t.Join()
}
