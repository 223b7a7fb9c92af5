package main

import (
	"fmt"
	"regexp"
	"strconv"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var c threading.Condition
	ready := false
	calls := 0
	pred := func() bool {
		calls++
		return ready
	}
	re := regexp.MustCompile(`, (\d+)\)>$`)
	waiting := func() int {
		n, _ := strconv.Atoi(re.FindStringSubmatch(c.String())[1])
		return n
	}
	setter := func() {
		for {
			c.Acquire()
			if waiting() == 1 {
				ready = true
				c.Notify(1)
				c.Release()
				return
			}
			c.Release()
			time.Sleep(10 * time.Millisecond)
		}
	}
	for _, timeout := range []string{"None", "10"} {
		ready = false
		calls = 0
		t := &threading.Thread{Target: setter}
		c.Acquire()
		t.Start()
		var r bool
		if timeout == "None" {
			r = c.WaitFor(pred)
		} else {
			r = c.WaitForTimeout(pred, 10*time.Second)
		}
		c.Release()
		t.Join()
		fmt.Println("timeout", timeout, "result", pyBool(r), "predicate calls", calls)
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
