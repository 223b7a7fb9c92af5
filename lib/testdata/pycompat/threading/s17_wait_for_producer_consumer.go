package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = strings.Cut
var _ = time.Second

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var l threading.RLock
	c := threading.NewCondition(&l)
	var items []string
	producer := func() {
		for i := range 5 {
			c.Acquire()
			items = append(items, fmt.Sprint(i))
			c.NotifyAll()
			c.Release()
		}
	}
	c.Acquire()
	t := &threading.Thread{Target: producer}
	t.Start()
	ok := c.WaitForTimeout(func() bool { return len(items) == 5 }, 30*time.Second)
	fmt.Println(pyBool(ok), "["+strings.Join(items, ", ")+"]")
	c.Release()
	t.Join()
	c.Acquire()
	fmt.Println(pyBool(c.WaitForTimeout(func() bool { return len(items) > 5 }, 20*time.Millisecond)))
	c.Release()
}
