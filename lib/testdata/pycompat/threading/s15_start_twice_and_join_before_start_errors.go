package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func try(label string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(label, strings.TrimPrefix(fmt.Sprint(e), "RuntimeError: "))
		}
	}()
	f()
}

func main() {
	t := &threading.Thread{Target: func() {}, Name: "x"}
	try("join before start:", t.Join)
	t.Start()
	try("start twice:", t.Start)
	t.Join()
	try("join self:", threading.CurrentThread().Join)
	try("daemon after start:", func() { t.SetDaemon(true) })
	fmt.Println(map[bool]string{true: "True", false: "False"}[t.IsAlive()], map[bool]string{true: "True", false: "False"}[t.Daemon])
}
