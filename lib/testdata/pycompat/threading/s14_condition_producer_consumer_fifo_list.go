package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	items    []string
	cond     threading.Condition
	consumed []string
)

func consumer(n int) {
	for i := 0; i < n; i++ {
		cond.Acquire()
		cond.WaitFor(func() bool { return len(items) > 0 })
		consumed = append(consumed, items[0])
		items = items[1:]
		cond.Release()
	}
}

func producer(values string) {
	for _, v := range values {
		cond.Acquire()
		items = append(items, string(v))
		cond.Notify(1)
		cond.Release()
	}
}

func main() {
	c := &threading.Thread{Target: func() { consumer(6) }}
	p := &threading.Thread{Target: func() { producer("abcdef") }}
	c.Start()
	p.Start()
	p.Join()
	c.Join()
	fmt.Println(strings.Join(consumed, ""), "[]")
}
