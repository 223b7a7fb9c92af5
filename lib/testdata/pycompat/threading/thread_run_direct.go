package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func show() {
	fmt.Println("run in", threading.CurrentThread().Name)
}

func main() {
	t := &threading.Thread{Target: show, Name: "never-started"}
	t.Run()
	fmt.Println(pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
