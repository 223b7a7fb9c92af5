package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	cond := threading.NewCondition(nil)
	var items []int
	calls := 0
	pred := func() bool {
		calls++
		return len(items) >= 2
	}
	cond.Acquire()
	r := cond.WaitForTimeout(pred, 20*time.Millisecond)
	cond.Release()
	fmt.Println(pyBool(r), pyBool(calls >= 1))
	add := func() {
		cond.Acquire()
		items = append(items, 1, 2)
		cond.Notify(1)
		cond.Release()
	}
	t := &threading.Thread{Target: add}
	cond.Acquire()
	t.Start()
	r = cond.WaitForTimeout(pred, 5*time.Second)
	cond.Release()
	t.Join()
	fmt.Println(pyBool(r), strings.ReplaceAll(fmt.Sprint(items), " ", ", "))
	cond.Acquire()
	fmt.Println(pyBool(cond.WaitTimeout(0)), pyBool(cond.WaitForTimeout(func() bool { return len(items) == 2 }, 0)))
	cond.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
