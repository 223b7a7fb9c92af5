package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func bad() {
	panic("KeyError: 'missing'")
}

func main() {
	multiprocessing.Main(bad)
	p := &multiprocessing.Process{Target: bad, Name: "worker-x"}
	p.Start()
	p.Join()
	fmt.Println(p.ExitCode(), p.GetName())
}
