package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var seen []string
var t *threading.Thread

func w() {
	me := threading.CurrentThread()
	seen = append(seen, fmt.Sprintf("(%s, '%s', %s)", pyBool(me.IsAlive()), me.GetName(), pyBool(me == t)))
}

func main() {
	t = &threading.Thread{Target: w, Name: "self-check"}
	t.Start()
	t.Join()
	fmt.Printf("[%s] %s\n", seen[0], pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
