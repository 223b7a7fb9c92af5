package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var e threading.Event
	fmt.Println(pyBool(e.IsSet()))
	fmt.Println(pyBool(e.WaitTimeout(50 * time.Millisecond)))
	e.Set()
	fmt.Println(pyBool(e.IsSet()))
	fmt.Println(pyBool(e.WaitTimeout(50 * time.Millisecond)))
	e.Wait()
	fmt.Println("True")
	e.Clear()
	fmt.Println(pyBool(e.IsSet()))
	fmt.Println(pyBool(e.WaitTimeout(0)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
