package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	q        = queue.New(0)
	done     threading.Event
	consumed []int
)

func consumer() {
	for {
		item, err := q.GetTimeout(300 * time.Millisecond)
		if err == queue.ErrEmpty {
			if done.IsSet() {
				break
			}
			continue
		}
		consumed = append(consumed, item.(int))
		q.TaskDone()
	}
}

func main() {
	c := &threading.Thread{Target: consumer}
	c.Start()
	for i := 0; i < 5; i++ {
		q.Put(i)
	}
	q.Join()
	done.Set()
	c.Join()
	fmt.Println(strings.ReplaceAll(fmt.Sprint(consumed), " ", ", "), q.Qsize(), map[bool]string{true: "True", false: "False"}[c.IsAlive()])
}
