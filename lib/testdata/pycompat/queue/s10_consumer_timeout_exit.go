package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q queue.Queue
var got []string

func consumer() {
	for {
		item, err := q.GetTimeout(1500 * time.Millisecond)
		if err == queue.ErrEmpty {
			got = append(got, "'idle, exiting'")
			return
		}
		got = append(got, fmt.Sprint(item))
		q.TaskDone()
	}
}

func main() {
	c := &threading.Thread{Target: consumer}
	c.Start()
	for i := range 3 {
		q.Put(i)
	}
	q.Join()
	c.Join()
	fmt.Println("[" + strings.Join(got, ", ") + "]")
}
