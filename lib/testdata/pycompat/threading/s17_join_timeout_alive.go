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
	t.JoinTimeout(50 * time.Millisecond)
	fmt.Println("None", pyBool(t.IsAlive()))
	t.JoinTimeout(threading.ZeroTimeout)
	fmt.Println("None", pyBool(t.IsAlive()))
	ev.Set()
	t.JoinTimeout(30 * time.Second)
	fmt.Println(pyBool(t.IsAlive()))
	t.Join()
	fmt.Println("joined twice")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
