package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var e threading.Event
	a := pyBool(e.IsSet())
	b := pyBool(e.WaitTimeout(threading.ZeroTimeout))
	fmt.Println(a, b, pyBool(e.WaitTimeout(10*time.Millisecond)))
	e.Set()
	e.Set()
	e.Wait()
	fmt.Println(pyBool(e.IsSet()), "True", pyBool(e.WaitTimeout(threading.ZeroTimeout)))
	e.Clear()
	e.Clear()
	a = pyBool(e.IsSet())
	fmt.Println(a, pyBool(e.WaitTimeout(10*time.Millisecond)))
	t := threading.NewTimer(20*time.Millisecond, e.Set)
	t.Start()
	fmt.Println(pyBool(e.WaitTimeout(30 * time.Second)))
	t.Join()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
