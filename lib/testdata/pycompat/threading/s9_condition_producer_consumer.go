package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var c = threading.NewCondition(nil)
var items []int
var got []string

func consumer() {
	for range 5 {
		c.Acquire()
		c.WaitFor(func() bool { return len(items) > 0 })
		got = append(got, fmt.Sprint(items[0]))
		items = items[1:]
		c.Release()
	}
}

func main() {
	t := &threading.Thread{Target: consumer}
	t.Start()
	for i := range 5 {
		c.Acquire()
		items = append(items, i*10)
		c.Notify(1)
		c.Release()
	}
	t.Join()
	fmt.Println("[" + strings.Join(got, ", ") + "]")
}
