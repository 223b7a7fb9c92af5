package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func sleeper() {
	time.Sleep(30 * time.Second)
}

func main() {
	multiprocessing.Main(sleeper)
	p := &multiprocessing.Process{Target: sleeper}
	fmt.Println(pyBool(p.IsAlive()), pyNone(p.ExitCode()))
	p.Start()
	fmt.Println(pyBool(p.IsAlive()), pyNone(p.ExitCode()))
	p.Terminate()
	p.Join()
	fmt.Println(pyBool(p.IsAlive()), pyNone(p.ExitCode()))
	k := &multiprocessing.Process{Target: sleeper}
	k.Start()
	k.Kill()
	k.Join()
	fmt.Println(pyBool(k.IsAlive()), pyNone(k.ExitCode()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyNone(v any) any {
	if v == nil {
		return "None"
	}
	return v
}
