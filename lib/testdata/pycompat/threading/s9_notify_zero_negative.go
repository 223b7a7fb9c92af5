package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	c := threading.NewCondition(nil)
	c.Acquire()
	c.Notify(0)
	c.Notify(-1)
	fmt.Println("ok")
	fmt.Println(pyBool(c.WaitTimeout(0)))
	c.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
