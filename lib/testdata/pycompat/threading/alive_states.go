package main

import (
	"fmt"
	"slices"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var go_ threading.Event
	t := &threading.Thread{Target: func() { go_.Wait() }}
	a := t.IsAlive()
	t.Start()
	b := t.IsAlive()
	go_.Set()
	t.Join()
	c := t.IsAlive()
	fmt.Printf("[%s, %s, %s]\n", pyBool(a), pyBool(b), pyBool(c))
	fmt.Println(pyBool(slices.Contains(threading.Enumerate(), t)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
