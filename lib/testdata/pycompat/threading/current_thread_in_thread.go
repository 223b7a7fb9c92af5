package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func show() {
	t := threading.CurrentThread()
	fmt.Println(t.Name, pyBool(t == threading.MainThread()), pyBool(t.Daemon))
}

func main() {
	for _, name := range []string{"alpha", "beta"} {
		th := &threading.Thread{Target: show, Name: name}
		th.Start()
		th.Join()
	}
	show()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
