package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.New(1)
	q.Put("a")
	var order []string
	t := &threading.Thread{Target: func() {
		q.Put("b")
		order = append(order, "put b")
	}}
	t.Start()
	t.JoinTimeout(50 * time.Millisecond)
	fmt.Println(pyBool(t.IsAlive()), q.Qsize())
	got := q.Get()
	t.Join()
	fmt.Printf("%v ['%s'] %v %s\n", got, order[0], q.Get(), pyBool(q.Empty()))
}
