package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func noop() {}

func try(label string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(label, e)
		}
	}()
	f()
	fmt.Println(label, "ok")
}

func main() {
	multiprocessing.Main(noop)
	p := &multiprocessing.Process{Target: noop, Name: "once"}
	p.Start()
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		p.Start()
	}()
	p.Join()
	fmt.Println(p.ExitCode(), map[bool]string{true: "True", false: "False"}[p.IsAlive()])
	p.Close()
	try("pid", func() { p.Pid() })
	try("exitcode", func() { p.ExitCode() })
	try("is_alive", func() { p.IsAlive() })
	fmt.Println(p.GetName())
	q := &multiprocessing.Process{Target: noop}
	try("close before start:", func() { q.Close() })
}
