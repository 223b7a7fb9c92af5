package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func child(started, stop *multiprocessing.Event, q *multiprocessing.Queue) {
	q.Put(fmt.Sprintf("('%s', '%s', %d)", multiprocessing.CurrentProcess().GetName(), multiprocessing.ParentProcess().GetName(),
		len(multiprocessing.ActiveChildren())))
	started.Set()
	stop.Wait()
}

func names() string {
	var ns []string
	for _, c := range multiprocessing.ActiveChildren() {
		ns = append(ns, "'"+c.GetName()+"'")
	}
	return "[" + strings.Join(ns, ", ") + "]"
}

func main() {
	multiprocessing.Main(child)
	started, stop, q := multiprocessing.NewEvent(), multiprocessing.NewEvent(), multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: child, Args: []any{started, stop, q}, Name: "kid"}
	fmt.Println(names())
	p.Start()
	started.Wait()
	fmt.Println(q.Get(), names())
	stop.Set()
	p.Join()
	parent := "None"
	if pp := multiprocessing.ParentProcess(); pp != nil {
		parent = pp.GetName()
	}
	fmt.Println(names(), parent)
}
