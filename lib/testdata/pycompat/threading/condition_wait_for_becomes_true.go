package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var cond threading.Condition
var items []int

func producer() {
	for i := range 3 {
		cond.Acquire()
		items = append(items, i)
		cond.NotifyAll()
		cond.Release()
	}
}

func main() {
	cond.Acquire()
	t := &threading.Thread{Target: producer}
	t.Start()
	ok := cond.WaitForTimeout(func() bool { return len(items) == 3 }, 10*time.Second)
	fmt.Printf("%s [%d, %d, %d]\n", pyBool(ok), items[0], items[1], items[2])
	cond.Release()
	t.Join()
	cond.Acquire()
	fmt.Println(pyBool(cond.WaitForTimeout(func() bool { return len(items) > 3 }, 20*time.Millisecond)), len(items))
	cond.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
