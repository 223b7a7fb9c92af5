package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var e threading.Event
	var trace []string
	for _, op := range []string{"clear", "clear", "set", "set", "wait0", "clear", "wait0", "set", "clear", "clear"} {
		switch op {
		case "wait0":
			trace = append(trace, pyBool(e.WaitTimeout(0)))
			continue
		case "set":
			e.Set()
		case "clear":
			e.Clear()
		}
		trace = append(trace, pyBool(e.IsSet()))
	}
	fmt.Println("[" + strings.Join(trace, ", ") + "]")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
