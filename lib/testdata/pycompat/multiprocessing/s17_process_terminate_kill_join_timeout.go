package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func block(ev *multiprocessing.Event) { ev.WaitTimeout(60 * time.Second) }

func none(v any) any {
	if v == nil {
		return "None"
	}
	return v
}

func b(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(block)
	ev := multiprocessing.NewEvent()
	a := &multiprocessing.Process{Target: block, Args: []any{ev}}
	c := &multiprocessing.Process{Target: block, Args: []any{ev}}
	a.Start()
	c.Start()
	a.JoinTimeout(50 * time.Millisecond)
	fmt.Println("None", none(a.ExitCode()), b(a.IsAlive()))
	a.Terminate()
	c.Kill()
	a.Join()
	c.Join()
	fmt.Println(a.ExitCode(), c.ExitCode(), b(a.IsAlive()), b(c.IsAlive()))
	a.Terminate()
	c.Kill()
	fmt.Println("after end:", a.ExitCode(), c.ExitCode())
}
