package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	items    []int
	cond     threading.Condition
	consumed []int
)

func consumer(n int) {
	for i := 0; i < n; i++ {
		cond.Acquire()
		cond.WaitFor(func() bool { return len(items) > 0 })
		consumed = append(consumed, items[0])
		items = items[1:]
		cond.NotifyAll()
		cond.Release()
	}
}

func main() {
	c := &threading.Thread{Target: func() { consumer(6) }}
	c.Start()
	for i := 0; i < 6; i++ {
		cond.Acquire()
		cond.WaitFor(func() bool { return len(items) < 2 })
		items = append(items, i*i)
		cond.NotifyAll()
		cond.Release()
	}
	c.Join()
	fmt.Println(strings.ReplaceAll(fmt.Sprint(consumed), " ", ", "), "[]")
	cond.Acquire()
	a := cond.WaitForTimeout(func() bool { return false }, 50*time.Millisecond)
	b := cond.WaitTimeout(10 * time.Millisecond)
	cond.Release()
	fmt.Println(map[bool]string{true: "True", false: "False"}[a], map[bool]string{true: "True", false: "False"}[b])
}
