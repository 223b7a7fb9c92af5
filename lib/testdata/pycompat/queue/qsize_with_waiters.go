package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(2)
var started threading.Event

func putter() {
	started.Set()
	q.Put("c")
}

func main() {
	q.Put("a")
	q.Put("b")
	t := &threading.Thread{Target: putter}
	t.Start()
	started.Wait()
	fmt.Println(q.Qsize(), pyBool(q.Full()))
	a, b, c := q.Get(), q.Get(), q.Get()
	fmt.Println(a, b, c)
	t.Join()
	fmt.Println(q.Qsize(), pyBool(q.Empty()), q.UnfinishedTasks())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
