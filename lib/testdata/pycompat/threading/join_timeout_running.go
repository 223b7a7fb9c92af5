package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var go_ threading.Event
	t := &threading.Thread{Target: func() { go_.Wait() }}
	t.Start()
	t.JoinTimeout(10 * time.Millisecond)
	fmt.Println("None", pyBool(t.IsAlive()))
	t.JoinTimeout(0)
	fmt.Println("None", pyBool(t.IsAlive()))
	go_.Set()
	t.JoinTimeout(5 * time.Second)
	fmt.Println("None", pyBool(t.IsAlive()))
	t.Join()
	t.JoinTimeout(0)
	fmt.Println("None", "None")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
