package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}

func main() {
	var goEv threading.Event
	t := &threading.Thread{Target: goEv.Wait, Name: "w"}
	t.SetDaemon(true)
	t.SetDaemon(false)
	fmt.Println("before start:", pyBool(t.IsDaemon()))
	t.Start()
	try(func() { t.SetDaemon(true) })
	fmt.Println("still:", pyBool(t.IsDaemon()))
	goEv.Set()
	t.Join()
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("after join:", r)
		}
	}()
	t.SetDaemon(true)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
