package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var fired []int
	t := threading.NewTimer(10*time.Second, func() { fired = append(fired, 1) })
	fmt.Println(pyBool(t.IsAlive()))
	t.Start()
	fmt.Println(pyBool(t.IsAlive()))
	t.Cancel()
	t.Join()
	fmt.Println(pyBool(t.IsAlive()), fmt.Sprint(fired), "True")
	t.Cancel()
	fmt.Println("cancel twice ok")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
