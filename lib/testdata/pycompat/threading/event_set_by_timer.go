package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var e threading.Event
	t := threading.NewTimer(20*time.Millisecond, e.Set)
	t.Start()
	fmt.Println(pyBool(e.WaitTimeout(5 * time.Second)))
	t.Join()
	fmt.Println(pyBool(e.IsSet()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
