package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	t := &threading.Thread{Target: gate.Wait, Name: "slow"}
	t.Start()
	t.JoinTimeout(20 * time.Millisecond)
	fmt.Println("None", pyBool(t.IsAlive()))
	gate.Set()
	t.JoinTimeout(5 * time.Second)
	fmt.Println("None", pyBool(t.IsAlive()))
	t.Join()
	fmt.Println("joined twice fine")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
