package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(0)
	steps := threading.NewSemaphore(0)
	var order []string
	for _, x := range []string{"first", "second", "third"} {
		x := x
		t := threading.NewTimer(10*time.Millisecond, func() {
			q.Put(x)
			steps.Release()
		})
		t.Start()
		steps.Acquire()
		t.Join()
		v, _ := q.GetTimeout(30 * time.Second)
		order = append(order, "'"+v.(string)+"'")
	}
	fmt.Println("["+strings.Join(order, ", ")+"]", map[bool]string{true: "True", false: "False"}[q.Empty()])
}
