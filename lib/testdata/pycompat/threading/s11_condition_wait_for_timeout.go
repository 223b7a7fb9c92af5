package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var cond threading.Condition
	var items []string
	cond.Acquire()
	fmt.Println(pyBool(cond.WaitForTimeout(func() bool { return len(items) > 0 }, 20*time.Millisecond)))
	cond.Release()
	t := &threading.Thread{Target: func() {
		cond.Acquire()
		items = append(items, "'x'")
		cond.Notify(1)
		cond.Release()
	}}
	cond.Acquire()
	t.Start()
	ok := cond.WaitForTimeout(func() bool { return len(items) > 0 }, 10*time.Second)
	fmt.Println(pyBool(ok), pyList(items))
	cond.Release()
	t.Join()
	cond.Acquire()
	fmt.Println(pyBool(cond.WaitForTimeout(func() bool { return true }, 0)))
	cond.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
