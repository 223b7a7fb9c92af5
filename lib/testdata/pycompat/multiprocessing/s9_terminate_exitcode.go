package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func forever() {
	for {
		time.Sleep(10 * time.Millisecond)
	}
}

func main() {
	multiprocessing.Main(forever)
	p := &multiprocessing.Process{Target: forever}
	p.Start()
	fmt.Println(pyBool(p.IsAlive()))
	p.Terminate()
	p.Join()
	fmt.Println(p.ExitCode(), pyBool(p.IsAlive()))
	k := &multiprocessing.Process{Target: forever}
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
