package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func work() {
	panic("ValueError: child failed")
}

func main() {
	multiprocessing.Main(work)
	p := &multiprocessing.Process{Target: work}
	p.Start()
	p.Join()
	fmt.Println("exitcode", p.ExitCode())
}
