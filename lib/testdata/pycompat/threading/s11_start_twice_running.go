package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	t := &threading.Thread{Target: gate.Wait}
	t.Start()
	try(t.Start)
	fmt.Println(pyBool(t.IsAlive()))
	gate.Set()
	t.Join()
	try(t.Start)
	fmt.Println(pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}
