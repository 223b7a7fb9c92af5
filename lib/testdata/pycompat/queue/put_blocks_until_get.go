package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(1)
var done threading.Event

func putter() {
	q.Put("second")
	done.Set()
}

func main() {
	q.Put("first")
	t := &threading.Thread{Target: putter}
	t.Start()
	fmt.Println(pyBool(done.WaitTimeout(100 * time.Millisecond)))
	fmt.Println(q.Get())
	t.Join()
	fmt.Println(pyBool(done.IsSet()), q.Get())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
