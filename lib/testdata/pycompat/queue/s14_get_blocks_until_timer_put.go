package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	py := map[bool]string{true: "True", false: "False"}
	q := queue.New(0)
	t := threading.NewTimer(200*time.Millisecond, func() { q.Put("late item") })
	t.Start()
	fmt.Println(py[q.Empty()])
	v, _ := q.GetTimeout(10 * time.Second)
	fmt.Println(v)
	t.Join()
	fmt.Println(py[q.Empty()], q.Qsize())
}
