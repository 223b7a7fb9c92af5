package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	lock := &threading.RLock{}
	cond := threading.NewCondition(lock)
	var box []string
	produce := func() {
		cond.Acquire()
		lock.Acquire()
		box = append(box, "item")
		cond.Notify(1)
		lock.Release()
		cond.Release()
	}
	t := &threading.Thread{Target: produce}
	cond.Acquire()
	t.Start()
	ok := cond.WaitForTimeout(func() bool { return len(box) > 0 }, 5*time.Second)
	cond.Release()
	t.Join()
	s := "False"
	if ok {
		s = "True"
	}
	fmt.Println(s, "['"+box[0]+"']")
}
