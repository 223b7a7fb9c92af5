package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var c threading.Condition
	c.Acquire()
	c.Notify(1)
	c.NotifyAll()
	fmt.Println(pb(c.WaitTimeout(50 * time.Millisecond)))
	c.Release()
	var flag []int
	t := &threading.Thread{Target: func() {
		c.Acquire()
		flag = append(flag, 1)
		c.Notify(1)
		c.Release()
	}}
	t.Start()
	t.Join()
	c.Acquire()
	w := c.WaitTimeout(50 * time.Millisecond)
	wf := c.WaitForTimeout(func() bool { return len(flag) > 0 }, 50*time.Millisecond)
	fmt.Println(pb(w), fmt.Sprintf("[%d]", flag[0]), fmt.Sprintf("[%d]", flag[0])+map[bool]string{true: "", false: "?"}[wf])
	c.Release()
}
