package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var fired []string

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	alarm := threading.NewTimer(30*time.Second, func() { fired = append(fired, "alarm") })
	quick := threading.NewTimer(0, func() { fired = append(fired, "quick") })
	fmt.Println(alarm.GetName(), quick.GetName(), py(alarm.IsDaemon()))
	alarm.Start()
	quick.Start()
	quick.Join()
	canceller := &threading.Thread{Target: alarm.Cancel, Name: "canceller"}
	canceller.Start()
	canceller.Join()
	alarm.JoinTimeout(10 * time.Second)
	fmt.Println("alarm alive:", py(alarm.IsAlive()), "fired:", "['"+strings.Join(fired, "', '")+"']")
	alarm.Cancel()
	fmt.Println("cancel again is fine; active:", threading.ActiveCount())
}
