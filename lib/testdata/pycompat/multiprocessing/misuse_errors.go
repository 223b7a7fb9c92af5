package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func work() {}

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}

func main() {
	multiprocessing.Main(work)
	p := &multiprocessing.Process{Target: work}
	try(p.Join)
	p.Start()
	try(func() { p.Start() })
	p.Join()
	fmt.Println(p.ExitCode())
	p.Close()
	try(func() { p.IsAlive() })
	try(func() { p.Start() })
}
