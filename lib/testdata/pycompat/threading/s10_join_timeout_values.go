package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var ev threading.Event
	t := &threading.Thread{Target: ev.Wait, Name: "sleeper"}
	t.Start()
	t.JoinTimeout(10 * time.Millisecond)
	fmt.Println("None", pyBool(t.IsAlive()))
	t.JoinTimeout(0)
	fmt.Println("None", pyBool(t.IsAlive()))
	ev.Set()
	t.Join()
	fmt.Println("None", pyBool(t.IsAlive()))
	t.JoinTimeout(10 * time.Millisecond)
	fmt.Println("None", pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
