package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event
var started threading.Event

func job() any {
	started.Set()
	gate.Wait()
	return 3
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(job)
	g := ex.Submit(func() any { return 4 })
	started.Wait()
	fmt.Println(pyBool(f.Running()), pyBool(f.Done()), pyBool(f.Cancelled()))
	fmt.Println(pyBool(g.Running()), pyBool(g.Done()), pyBool(g.Cancelled()))
	gate.Set()
	a, _ := f.Result()
	b, _ := g.Result()
	fmt.Println(a.(int) + b.(int))
	fmt.Println(pyBool(f.Running()), pyBool(f.Done()), pyBool(g.Running()), pyBool(g.Done()))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
