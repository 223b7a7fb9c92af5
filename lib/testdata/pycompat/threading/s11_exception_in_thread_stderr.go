package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func fail() {
	panic("ValueError: thread failed")
}

func main() {
	t := &threading.Thread{Target: fail, Name: "failing"}
	t.Start()
	t.Join()
	fmt.Println("main continues", pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
