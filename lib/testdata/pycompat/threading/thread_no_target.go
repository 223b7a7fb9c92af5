package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	t := &threading.Thread{Name: "empty"}
	t.Start()
	t.Join()
	fmt.Println(t.Name, pyBool(t.IsAlive()))
	t2 := &threading.Thread{}
	t2.Run()
	fmt.Println("run without target returns")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
