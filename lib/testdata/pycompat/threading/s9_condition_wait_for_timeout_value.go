package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	c := threading.NewCondition(nil)
	var items []int
	c.Acquire()
	fmt.Println(pyBool(c.WaitForTimeout(func() bool { return len(items) > 0 }, 20*time.Millisecond)))
	fmt.Println(pyBool(c.WaitTimeout(10 * time.Millisecond)))
	items = append(items, 1)
	fmt.Println(pyBool(c.WaitForTimeout(func() bool { return len(items) > 0 }, 20*time.Millisecond)))
	if c.WaitForTimeout(func() bool { return len(items) > 0 }, 0) {
		fmt.Println(len(items))
	}
	c.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
