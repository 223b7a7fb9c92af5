package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func hello() {
	fmt.Println("hello")
}

func main() {
	t := threading.NewTimer(250*time.Millisecond, hello)
	fmt.Println(t.Interval.Seconds(), pyBool(t.Function != nil), pyBool(t.Daemon), pyBool(t.IsAlive()))
	t.Interval = 10 * time.Millisecond
	t.Start()
	t.Join()
	fmt.Println(pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
