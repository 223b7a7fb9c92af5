package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func f() {}

func show(g func() any) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	v := g()
	if v == nil {
		v = "None"
	}
	fmt.Println(v)
}

func main() {
	multiprocessing.Main(f)
	p := &multiprocessing.Process{Target: f, Name: "twice"}
	p.Start()
	p.Join()
	show(func() any { p.Start(); return nil })
	show(func() any { return p.ExitCode() })
	show(func() any { return map[bool]string{true: "True", false: "False"}[p.IsAlive()] })
	show(func() any { p.Close(); return nil })
	show(func() any { return p.Pid() })
	show(func() any { return "'" + p.GetName() + "'" })
	show(func() any { p.Terminate(); return nil })
	show(func() any { p.Kill(); return nil })
	show(func() any { p.Start(); return nil })
}
