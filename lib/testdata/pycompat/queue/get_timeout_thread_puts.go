package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(0)
var started threading.Event

func late() {
	started.Wait()
	q.Put("late item")
}

func main() {
	t := &threading.Thread{Target: late}
	t.Start()
	started.Set()
	x, err := q.GetTimeout(30 * time.Second)
	fmt.Println(x)
	_ = err
	t.Join()
	fmt.Println(pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
