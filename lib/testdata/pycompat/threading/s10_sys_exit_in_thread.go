package main

import (
	"fmt"
	"runtime"

	"github.com/gonotes/gonotes/lib/threading"
)

var steps []string

// worker ends its thread as Python's sys.exit() in a thread does: quietly.
func worker() {
	steps = append(steps, "'start'")
	runtime.Goexit()
	steps = append(steps, "'never'")
}

func main() {
	t := &threading.Thread{Target: worker}
	t.Start()
	t.Join()
	fmt.Println(steps, pyBool(t.IsAlive()), threading.ActiveCount())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
