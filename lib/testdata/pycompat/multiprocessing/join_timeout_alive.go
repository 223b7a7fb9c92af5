package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func sleeper(e *multiprocessing.Event) {
	e.Wait()
}

func main() {
	multiprocessing.Main(sleeper)
	e := multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: sleeper, Args: []any{e}}
	p.Start()
	p.JoinTimeout(50 * time.Millisecond)
	fmt.Println(pyBool(p.IsAlive()), pyNone(p.ExitCode()))
	e.Set()
	p.Join()
	fmt.Println(pyBool(p.IsAlive()), pyNone(p.ExitCode()))
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
