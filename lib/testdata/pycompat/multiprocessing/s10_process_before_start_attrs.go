package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func f() {}

func main() {
	multiprocessing.Main(f)
	p := &multiprocessing.Process{Target: f, Name: "early"}
	pid := any(p.Pid())
	if p.Pid() == 0 {
		pid = "None"
	}
	ec := p.ExitCode()
	if ec == nil {
		ec = "None"
	}
	fmt.Println(pid, ec, pyBool(p.IsAlive()), p.GetName(), pyBool(p.Daemon))
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		p.Join()
	}()
	p.Start()
	p.Join()
	fmt.Println(pyBool(p.Pid() != 0), p.ExitCode(), pyBool(p.IsAlive()), pyBool(p.Ident() == p.Pid()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
