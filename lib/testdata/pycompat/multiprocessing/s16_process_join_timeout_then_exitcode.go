package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func waiter(ev *multiprocessing.Event) {
	ev.WaitTimeout(30 * time.Second)
}

func code(p *multiprocessing.Process) string {
	if c := p.ExitCode(); c != nil {
		return fmt.Sprint(c)
	}
	return "None"
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(waiter)
	ev := multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: waiter, Args: []any{ev}}
	p.Start()
	p.JoinTimeout(200 * time.Millisecond)
	fmt.Println("join(0.2):", "None", py(p.IsAlive()), code(p))
	p.JoinTimeout(0)
	fmt.Println("join(0):", "None", code(p))
	ev.Set()
	p.JoinTimeout(30 * time.Second)
	fmt.Println("after:", py(p.IsAlive()), code(p))
	p.Join()
	fmt.Println("join again fine")
}
