package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var fired threading.Event
	t := threading.NewTimer(30*time.Second, fired.Set)
	before := threading.ActiveCount()
	t.Start()
	in := false
	for _, x := range threading.Enumerate() {
		if x == &t.Thread {
			in = true
		}
	}
	fmt.Println(threading.ActiveCount()-before, pyBool(in))
	t.Cancel()
	t.Join()
	fmt.Println(threading.ActiveCount()-before, pyBool(fired.IsSet()))
	t2 := threading.NewTimer(10*time.Millisecond, fired.Set)
	t2.Start()
	fmt.Println(pyBool(fired.WaitTimeout(30 * time.Second)))
	t2.Join()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
