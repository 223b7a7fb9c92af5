package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func work() {}

func main() {
	multiprocessing.Main(work)
	p := &multiprocessing.Process{Target: work}
	p.Start()
	try(func() { p.Start() })
	p.Join()
}

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}
