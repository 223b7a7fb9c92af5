package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var e threading.Event
	fmt.Println(pyBool(e.IsSet()), pyBool(e.WaitTimeout(10*time.Millisecond)), pyBool(e.WaitTimeout(0)))
	e.Set()
	a, b := e.WaitTimeout(10*time.Millisecond), e.WaitTimeout(0)
	e.Wait()
	fmt.Println(pyBool(e.IsSet()), pyBool(a), pyBool(b), "True")
	e.Clear()
	fmt.Println(pyBool(e.IsSet()), pyBool(e.WaitTimeout(10*time.Millisecond)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
