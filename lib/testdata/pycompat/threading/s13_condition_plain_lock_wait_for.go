package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}

func main() {
	var lock threading.Lock
	c := threading.NewCondition(&lock)
	var items []string
	producer := func() {
		for i := range 5 {
			c.Acquire()
			items = append(items, fmt.Sprint(i))
			c.Notify(1)
			c.Release()
		}
	}
	t := &threading.Thread{Target: producer}
	c.Acquire()
	t.Start()
	ok := c.WaitForTimeout(func() bool { return len(items) == 5 }, 10*time.Second)
	fmt.Println("wait_for:", pyBool(ok), "["+strings.Join(items, ", ")+"]", pyBool(lock.Locked()))
	c.Release()
	t.Join()
	fmt.Println("after with:", pyBool(lock.Locked()))
	try(func() { c.WaitTimeout(10 * time.Millisecond) })
	try(func() { c.Notify(1) })
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
