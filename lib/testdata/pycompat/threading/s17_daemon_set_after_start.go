package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var ev threading.Event
	t := &threading.Thread{Target: ev.Wait, Name: "d"}
	fmt.Println(pyBool(t.IsDaemon()))
	t.SetDaemon(true)
	fmt.Println(pyBool(t.IsDaemon()))
	t.Start()
	func() {
		defer func() { fmt.Println(recover()) }()
		t.SetDaemon(false)
	}()
	fmt.Println(pyBool(t.IsDaemon()))
	ev.Set()
	t.Join()
	t2 := &threading.Thread{Target: func() {}}
	t2.SetDaemon(false)
	fmt.Println(pyBool(t2.IsDaemon()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
