package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func waitFor(ev *multiprocessing.Event) {
	ev.Wait()
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}

func main() {
	multiprocessing.Main(waitFor)
	ev := multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: waitFor, Args: []any{ev}}
	p.Start()
	try(p.Close)
	ev.Set()
	p.Join()
	p.Close()
	p.Close()
	try(func() { p.IsAlive() })
	try(p.Join)
	try(func() { p.ExitCode() })
}
