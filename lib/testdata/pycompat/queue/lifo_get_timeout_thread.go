package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.NewLifoQueue(0)
var ready threading.Event

func producer() {
	ready.Wait()
	for _, x := range []string{"a", "b", "c"} {
		q.Put(x)
	}
}

func main() {
	t := &threading.Thread{Target: producer}
	t.Start()
	if _, err := q.GetTimeout(20 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty first")
	}
	ready.Set()
	t.Join()
	a, _ := q.GetTimeout(5 * time.Second)
	b, _ := q.GetTimeout(5 * time.Second)
	c, _ := q.GetTimeout(5 * time.Second)
	fmt.Println(a, b, c, q.Qsize())
}
