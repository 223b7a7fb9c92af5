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
	p.Start()
	fmt.Println(pyBool(p.IsAlive()))
	p.Terminate()
	p.Join()
	fmt.Println(p.ExitCode(), pyBool(p.IsAlive()))
	k := &multiprocessing.Process{Target: sleeper}
	k.Start()
	k.Kill()
	k.Join()
	fmt.Println(k.ExitCode())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
