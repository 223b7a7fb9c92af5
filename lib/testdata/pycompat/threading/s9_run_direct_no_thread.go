package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func worker() {
	fmt.Println("in", threading.CurrentThread().GetName())
}

func main() {
	t := &threading.Thread{Target: worker, Name: "never"}
	t.Run()
	fmt.Println(pyBool(t.IsAlive()), "None")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
