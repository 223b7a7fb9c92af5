package main

import (
	"fmt"
	"regexp"
	"strconv"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var r threading.RLock
	c := threading.NewCondition(&r)
	re := regexp.MustCompile(`count=(\d+)`)
	count := func() int {
		n, _ := strconv.Atoi(re.FindStringSubmatch(r.String())[1])
		return n
	}
	c.Acquire()
	c.Acquire()
	c.Acquire()
	fmt.Println("held", count(), "times")
	fmt.Println("wait(0.02) ->", pyBool(c.WaitTimeout(20*time.Millisecond)))
	fmt.Println("held again", count(), "times")
	var seen []bool
	t := &threading.Thread{Target: func() { seen = append(seen, r.AcquireTimeout(0)) }}
	t.Start()
	t.Join()
	fmt.Println("other thread acquire(timeout=0):", pyBool(seen[0]))
	for range 3 {
		c.Release()
	}
	fmt.Println("after three releases", count())
	t = &threading.Thread{Target: func() { seen = append(seen, r.AcquireTimeout(0)) }}
	t.Start()
	t.Join()
	fmt.Println("other thread now:", pyBool(seen[1]))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
