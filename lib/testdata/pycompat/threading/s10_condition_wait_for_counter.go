package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var cond = threading.NewCondition(nil)
var count int

func inc() {
	for range 5 {
		cond.Acquire()
		count++
		cond.NotifyAll()
		cond.Release()
	}
}

func main() {
	var ts []*threading.Thread
	for range 3 {
		ts = append(ts, &threading.Thread{Target: inc})
	}
	cond.Acquire()
	for _, t := range ts {
		t.Start()
	}
	ok := cond.WaitFor(func() bool { return count == 15 })
	fmt.Println(pyBool(ok), count)
	cond.Release()
	for _, t := range ts {
		t.Join()
	}
	cond.Acquire()
	fmt.Println(pyBool(cond.WaitForTimeout(func() bool { return count > 100 }, 10*time.Millisecond)))
	cond.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
