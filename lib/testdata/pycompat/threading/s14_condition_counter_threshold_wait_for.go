package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	cond  threading.Condition
	count int
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func worker() {
	cond.Acquire()
	defer cond.Release()
	count++
	cond.NotifyAll()
}

func main() {
	cond.Acquire()
	var threads []*threading.Thread
	for i := 0; i < 5; i++ {
		threads = append(threads, &threading.Thread{Target: worker})
	}
	for _, t := range threads {
		t.Start()
	}
	fmt.Println("reached 5:", py(cond.WaitForTimeout(func() bool { return count == 5 }, 10*time.Second)))
	fmt.Println("reached 6:", py(cond.WaitForTimeout(func() bool { return count == 6 }, 100*time.Millisecond)))
	fmt.Println("count:", count)
	cond.Release()
	for _, t := range threads {
		t.Join()
	}
	cond.Acquire()
	fmt.Println("notified with no waiters:", py(cond.WaitTimeout(50*time.Millisecond)))
	cond.Release()
}
