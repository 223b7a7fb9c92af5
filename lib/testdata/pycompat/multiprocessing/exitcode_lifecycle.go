package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func waitFor(ev *multiprocessing.Event) {
	ev.Wait()
}

func pyNone(v any) any {
	if v == nil || v == 0 {
		return "None"
	}
	return v
}

func main() {
	multiprocessing.Main(waitFor)
	ev := multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: waitFor, Args: []any{ev}}
	fmt.Println(pyNone(p.ExitCode()), pyNone(p.Pid()), pyBool(p.IsAlive()))
	p.Start()
	fmt.Println(pyNone(p.ExitCode()), pyBool(p.Pid() != 0), pyBool(p.IsAlive()))
	ev.Set()
	p.Join()
	fmt.Println(p.ExitCode(), pyBool(p.Pid() != 0), pyBool(p.IsAlive()))
	p.Terminate()
	p.Join()
	fmt.Println(p.ExitCode())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
