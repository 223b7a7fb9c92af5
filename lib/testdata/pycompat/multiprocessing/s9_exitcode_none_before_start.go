package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func work() {}

func none(v any) any {
	if v == nil {
		return "None"
	}
	return v
}

func main() {
	multiprocessing.Main(work)
	p := &multiprocessing.Process{Target: work}
	fmt.Println(none(p.ExitCode()), pyBool(p.IsAlive()), "None")
	p.Start()
	p.Join()
	fmt.Println(none(p.ExitCode()), pyBool(p.IsAlive()), pyBool(p.Pid() != 0))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
