package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var c threading.Condition
	var calls []int
	pred := func() bool {
		calls = append(calls, len(calls))
		return false
	}
	c.Acquire()
	for _, t := range []struct {
		text string
		d    time.Duration
	}{{"0", 0}, {"-1", -time.Second}, {"0.05", 50 * time.Millisecond}} {
		calls = nil
		r := c.WaitForTimeout(pred, t.d)
		fmt.Println("timeout", t.text, "result", pyBool(r), "predicate calls", len(calls))
	}
	calls = nil
	r := c.WaitForTimeout(func() bool { calls = append(calls, 1); return true }, 0)
	fmt.Println("true at once", pyBool(r), len(calls))
	c.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
