package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func work() {
	fmt.Println("child working")
}

func main() {
	multiprocessing.Main(work)
	p := &multiprocessing.Process{Target: work}
	fmt.Println(pyNone(p.ExitCode()), pyBool(p.IsAlive()))
	p.Start()
	p.Join()
	fmt.Println(pyNone(p.ExitCode()), pyBool(p.IsAlive()))
}

func pyNone(v any) any {
	if v == nil {
		return "None"
	}
	return v
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
