package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.NewLifoQueue(2)
	q.Put("a")
	q.Put("b")
	fmt.Println("full:", py(q.Full()), q.Qsize())
	if err := q.PutTimeout("c", 200*time.Millisecond); errors.Is(err, queue.ErrFull) {
		fmt.Println("put c timed out")
	}
	var taken threading.Event
	var item any
	t := &threading.Thread{Target: func() {
		item = q.Get()
		taken.Set()
	}}
	t.Start()
	taken.Wait()
	t.Join()
	fmt.Println("thread took", item)
	q.PutTimeout("c", 5*time.Second)
	a, b := q.Get(), q.Get()
	fmt.Printf("then: ['%v', '%v'] %s\n", a, b, py(q.Empty()))
}
