package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(3)
var maxSeen int

func consumer() {
	for {
		maxSeen = max(maxSeen, q.Qsize())
		item := q.Get()
		if item == nil {
			q.TaskDone()
			return
		}
		time.Sleep(time.Millisecond)
		q.TaskDone()
	}
}

func main() {
	c := &threading.Thread{Target: consumer}
	c.Start()
	for i := range 30 {
		q.Put(i)
	}
	q.Put(nil)
	q.Join()
	c.Join()
	fmt.Println(pyBool(maxSeen <= 3), q.Qsize(), pyBool(q.Empty()), pyBool(q.Full()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
