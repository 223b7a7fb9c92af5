package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var calls []int
	t := threading.NewTimer(30*time.Second, func() { calls = append(calls, 1) })
	t.Start()
	fmt.Println(pyBool(t.IsAlive()))
	t.Cancel()
	t.Join()
	fmt.Println("[]", pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
