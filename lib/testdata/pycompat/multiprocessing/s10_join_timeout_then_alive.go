package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func nap(ev *multiprocessing.Event) {
	ev.Wait()
}

func none(v any) any {
	if v == nil {
		return "None"
	}
	return v
}

func main() {
	multiprocessing.Main(nap)
	ev := multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: nap, Args: []any{ev}}
	p.Start()
	p.JoinTimeout(50 * time.Millisecond)
	fmt.Println("None", pyBool(p.IsAlive()), none(p.ExitCode()))
	ev.Set()
	p.JoinTimeout(30 * time.Second)
	fmt.Println(pyBool(p.IsAlive()), none(p.ExitCode()))
	p.JoinTimeout(10 * time.Millisecond)
	fmt.Println("None", none(p.ExitCode()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
