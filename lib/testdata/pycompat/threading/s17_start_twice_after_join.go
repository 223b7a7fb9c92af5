package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	t := &threading.Thread{Target: func() {}, Name: "once"}
	t.Start()
	t.Join()
	func() {
		defer func() { fmt.Println(recover()) }()
		t.Start()
	}()
	fmt.Println(pyBool(t.IsAlive()), t.GetName())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
