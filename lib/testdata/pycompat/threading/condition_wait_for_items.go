package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var cond threading.Condition
var items []int
var got []string

func consumer() {
	cond.Acquire()
	defer cond.Release()
	ok := cond.WaitForTimeout(func() bool { return len(items) >= 3 }, 30*time.Second)
	got = append(got, fmt.Sprintf("(%s, [%d, %d, %d])", pyBool(ok), items[0], items[1], items[2]))
}

func main() {
	t := &threading.Thread{Target: consumer}
	t.Start()
	for i := 0; i < 3; i++ {
		cond.Acquire()
		items = append(items, i)
		cond.Notify(1)
		cond.Release()
	}
	t.Join()
	fmt.Println("[" + got[0] + "]")
	cond.Acquire()
	fmt.Println(pyBool(cond.WaitForTimeout(func() bool { return len(items) > 5 }, 20*time.Millisecond)))
	cond.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
