package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var e threading.Event
	fmt.Println(pyBool(e.WaitTimeout(-time.Second)))
	b := threading.NewBarrier(2, nil)
	if _, err := b.WaitTimeout(-time.Second); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("broken", pyBool(b.Broken()))
	}
	c := threading.NewCondition(nil)
	c.Acquire()
	w := c.WaitTimeout(-time.Second)
	f := c.WaitForTimeout(func() bool { return false }, -time.Second)
	fmt.Println(pyBool(w), pyBool(f))
	c.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
