package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var e threading.Event
	fmt.Println(pyBool(e.IsSet()), pyBool(e.WaitTimeout(0)), pyBool(e.WaitTimeout(10*time.Millisecond)))
	t := threading.NewTimer(10*time.Millisecond, e.Set)
	t.Start()
	fmt.Println(pyBool(e.WaitTimeout(10 * time.Second)))
	t.Join()
	e.Wait()
	fmt.Println(pyBool(e.IsSet()), "True", pyBool(e.WaitTimeout(0)))
	e.Clear()
	fmt.Println(pyBool(e.IsSet()), pyBool(e.WaitTimeout(time.Millisecond)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
