package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func sleeper(e *multiprocessing.Event) {
	e.Set()
	time.Sleep(60 * time.Second)
}

func pyNone(v any) any {
	if v == nil {
		return "None"
	}
	return v
}

func main() {
	multiprocessing.Main(sleeper)
	e := multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: sleeper, Args: []any{e}, Daemon: true}
	fmt.Println(pyNone(p.ExitCode()), pyBool(p.IsAlive()))
	p.Start()
	e.Wait()
	fmt.Print(pyNone(p.ExitCode()), " ", pyBool(p.IsAlive()), " ")
	p.JoinTimeout(50 * time.Millisecond)
	fmt.Println("None", pyNone(p.ExitCode()))
	p.Terminate()
	p.Join()
	fmt.Println(pyNone(p.ExitCode()), pyBool(p.IsAlive()))
	p.Terminate()
	p.Kill()
	fmt.Println(pyNone(p.ExitCode()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
