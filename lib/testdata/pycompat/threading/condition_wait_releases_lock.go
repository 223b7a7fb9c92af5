package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var lock threading.Lock
var cond = threading.NewCondition(&lock)
var seen []bool

func other() {
	cond.Acquire()
	seen = append(seen, lock.Locked())
	cond.Notify(1)
	cond.Release()
}

func main() {
	cond.Acquire()
	t := &threading.Thread{Target: other}
	t.Start()
	cond.Wait()
	fmt.Println("after wait, lock held again:", pyBool(lock.Locked()))
	cond.Release()
	t.Join()
	fmt.Printf("[%s] %s\n", pyBool(seen[0]), pyBool(lock.Locked()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
