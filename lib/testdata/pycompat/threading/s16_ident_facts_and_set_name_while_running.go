package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var gate threading.Event
	var facts []string
	worker := func() {
		me := threading.CurrentThread()
		facts = append(facts, py(threading.GetIdent() == me.Ident()))
		facts = append(facts, py(me.Ident() != threading.MainThread().Ident()))
		gate.WaitTimeout(30 * time.Second)
		facts = append(facts, "'"+me.GetName()+"'")
	}
	t := &threading.Thread{Target: worker, Name: "before"}
	id := "None"
	if t.Ident() != 0 {
		id = fmt.Sprint(t.Ident())
	}
	fmt.Println("ident before start:", id)
	t.Start()
	t.Name = "renamed"
	t.Name = t.GetName() + "!"
	gate.Set()
	t.Join()
	fmt.Printf("[%s, %s, %s]\n", facts[0], facts[1], facts[2])
	fmt.Println("main:", threading.MainThread().GetName(), py(threading.MainThread().IsAlive()), py(threading.GetIdent() == threading.MainThread().Ident()))
}
