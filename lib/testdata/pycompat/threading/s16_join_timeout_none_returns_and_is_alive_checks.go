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
	t := &threading.Thread{Target: func() { gate.WaitTimeout(30 * time.Second) }}
	t.Start()
	t.JoinTimeout(200 * time.Millisecond)
	fmt.Println("join(0.2) returns:", "None", "alive:", py(t.IsAlive()))
	t.JoinTimeout(0)
	fmt.Println("join(0):", "None", py(t.IsAlive()))
	gate.Set()
	t.Join()
	fmt.Println("join():", "None", py(t.IsAlive()))
	t.Join()
	t.JoinTimeout(0)
	fmt.Println("join again:", "None", "None")
}
