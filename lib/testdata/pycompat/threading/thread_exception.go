package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func worker() {
	panic("ValueError: boom")
}

func main() {
	t := &threading.Thread{Target: worker}
	t.Start()
	t.Join()
	fmt.Println("main goes on", pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
