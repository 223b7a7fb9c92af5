package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(50)
var total = 0

func consumer() {
	for {
		x := q.Get()
		if x == nil {
			break
		}
		total += x.(int)
	}
}

func main() {
	t := &threading.Thread{Target: consumer}
	t.Start()
	for i := range 10000 {
		q.Put(i)
	}
	q.Put(nil)
	t.Join()
	fmt.Println(total, q.Qsize(), q.UnfinishedTasks())
}
