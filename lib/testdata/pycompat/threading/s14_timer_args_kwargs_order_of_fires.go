package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	fired []string
	lock  threading.Lock
	done  = threading.NewSemaphore(0)
)

func fire(tag string, times int) {
	lock.Acquire()
	fired = append(fired, strings.Repeat(tag, times))
	lock.Release()
	done.Release()
}

func show() string { return "['" + strings.Join(fired, "', '") + "']" }

func main() {
	t1 := threading.NewTimer(time.Second, func() { fire("slow", 1) })
	t2 := threading.NewTimer(0, func() { fire("fast", 2) })
	t1.Start()
	t2.Start()
	done.Acquire()
	lock.Acquire()
	fmt.Println("first:", show())
	lock.Release()
	done.Acquire()
	t1.Join()
	t2.Join()
	fmt.Println("both:", show())
}
