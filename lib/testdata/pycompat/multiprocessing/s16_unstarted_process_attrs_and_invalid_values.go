package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func none(v int) string {
	if v == 0 {
		return "None"
	}
	return fmt.Sprint(v)
}

func printer() {}

func main() {
	multiprocessing.Main(printer)
	for _, c := range []struct {
		name string
		make func()
	}{{"Semaphore", func() { multiprocessing.NewSemaphore(-1) }}, {"BoundedSemaphore", func() { multiprocessing.NewBoundedSemaphore(-1) }}} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println(c.name, -1, "OSError:", strings.TrimPrefix(fmt.Sprint(r), "OSError: "))
				}
			}()
			c.make()
		}()
	}
	fmt.Println(py(multiprocessing.NewQueue(0).Full()), py(multiprocessing.NewQueue(-1).Full()), py(multiprocessing.NewQueue(1).Full()))
	p := &multiprocessing.Process{Target: printer}
	code := "None"
	if c := p.ExitCode(); c != nil {
		code = fmt.Sprint(c)
	}
	fmt.Println(none(p.Pid()), none(p.Ident()), code, py(p.IsAlive()), p.GetName(), py(p.Daemon))
	p.Daemon = true
	fmt.Println("daemon set before start:", py(p.Daemon))
}
