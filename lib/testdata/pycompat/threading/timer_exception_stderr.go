package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func fire() {
	panic("ZeroDivisionError: division by zero")
}

func main() {
	t := threading.NewTimer(10*time.Millisecond, fire)
	t.Start()
	t.Join()
	fmt.Println("after timer", pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
