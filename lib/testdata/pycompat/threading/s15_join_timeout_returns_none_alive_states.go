package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var gate threading.Event
	t := &threading.Thread{Target: gate.Wait, Name: "sleeper"}
	t.Start()
	t.JoinTimeout(50 * time.Millisecond)
	fmt.Println("None", py(t.IsAlive()))
	t.JoinTimeout(0)
	fmt.Println("None", py(t.IsAlive()))
	gate.Set()
	t.JoinTimeout(10 * time.Second)
	fmt.Println("None", py(t.IsAlive()))
	t.Join()
	t.JoinTimeout(10 * time.Millisecond)
	fmt.Println("None", "None")
}
