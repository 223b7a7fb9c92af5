package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var log []string
	f := futures.NewFuture()
	f.AddDoneCallback(func(fut *futures.Future) { r, _ := fut.Result(); log = append(log, fmt.Sprintf("('cb1', %v)", r)) })
	f.AddDoneCallback(func(fut *futures.Future) { r, _ := fut.Result(); log = append(log, fmt.Sprintf("('cb2', %v)", r)) })
	f.SetResult(5)
	f.AddDoneCallback(func(fut *futures.Future) {
		log = append(log, fmt.Sprintf("('late', '%s')", threading.CurrentThread().GetName()))
	})
	fmt.Print("[")
	for i, l := range log {
		if i > 0 {
			fmt.Print(", ")
		}
		fmt.Print(l)
	}
	fmt.Println("]")
	var ready threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, ThreadNamePrefix: "pool"}
	g := ex.Submit(func() any { return ready.WaitTimeout(30 * time.Second) })
	var names []string
	g.AddDoneCallback(func(fut *futures.Future) { names = append(names, threading.CurrentThread().GetName()) })
	ready.Set()
	ex.Shutdown(true, false)
	fmt.Printf("['%s']\n", names[0])
}
