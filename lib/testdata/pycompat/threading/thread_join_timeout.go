package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var stop threading.Event
	t := &threading.Thread{Target: stop.Wait}
	t.Start()
	t.JoinTimeout(50 * time.Millisecond)
	fmt.Println(pyBool(t.IsAlive()))
	stop.Set()
	t.Join()
	fmt.Println(pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
