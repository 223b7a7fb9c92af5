package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var e threading.Event
	fmt.Println(pyBool(e.IsSet()), pyBool(e.WaitTimeout(0)), pyBool(e.WaitTimeout(10*time.Millisecond)))
	e.Set()
	e.Wait()
	fmt.Println(pyBool(e.IsSet()), pyBool(e.WaitTimeout(0)), pyBool(e.WaitTimeout(10*time.Millisecond)), "True")
	e.Set()
	fmt.Println(pyBool(e.IsSet()))
	e.Clear()
	e.Clear()
	fmt.Println(pyBool(e.IsSet()), pyBool(e.WaitTimeout(0)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
