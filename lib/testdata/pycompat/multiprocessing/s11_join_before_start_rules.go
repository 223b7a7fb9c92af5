package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func noop() {}

func main() {
	multiprocessing.Main(noop)
	p := &multiprocessing.Process{Target: noop}
	try(p.Join)
	p.Start()
	try(func() { p.Start() })
	p.Join()
	p.Join()
	fmt.Println(p.ExitCode(), pyBool(p.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}
