package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var e threading.Event

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	fmt.Println("unset, wait(0):", py(e.WaitTimeout(0)), "wait(0.1):", py(e.WaitTimeout(100*time.Millisecond)), "wait(-1):", py(e.WaitTimeout(-time.Second)))
	e.Set()
	fmt.Println("set:", py(e.WaitTimeout(0)), py(e.WaitTimeout(-5*time.Second)), py(e.IsSet()))
	e.Set()
	e.Clear()
	e.Clear()
	fmt.Println("cleared:", py(e.WaitTimeout(0)), py(e.IsSet()))
}
