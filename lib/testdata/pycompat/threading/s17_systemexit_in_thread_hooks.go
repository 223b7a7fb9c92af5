package main

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/gonotes/gonotes/lib/threading"
)

func quitEarly() { runtime.Goexit() }

func main() {
	var seen []string
	threading.ExceptHook = func(a threading.ExceptHookArgs) {
		name := "?"
		if err, ok := a.ExcValue.(error); ok && errors.Is(err, threading.SystemExit) {
			name = "SystemExit"
		}
		seen = append(seen, fmt.Sprintf("('%s', '%s')", name, a.Thread.GetName()))
	}
	t := &threading.Thread{Target: quitEarly, Name: "quitter"}
	t.Start()
	t.Join()
	fmt.Printf("[%s] %s\n", seen[0], map[bool]string{false: "False", true: "True"}[t.IsAlive()])
	threading.ExceptHook = threading.DefaultExceptHook
	t = &threading.Thread{Target: quitEarly, Name: "quiet"}
	t.Start()
	t.Join()
	fmt.Println("no output from the default hook")
}
