package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	q     = queue.New(2)
	ready threading.Event
	taken []string
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func consumer() {
	ready.Wait()
	taken = append(taken, q.Get().(string))
}

func main() {
	q.Put("a")
	q.Put("b")
	fmt.Println("full", py(q.Full()), q.Qsize())
	if err := q.PutTimeout("c", 50*time.Millisecond); err == queue.ErrFull {
		fmt.Println("Full after 0.05s", q.Qsize())
	}
	t := &threading.Thread{Target: consumer}
	t.Start()
	ready.Set()
	if err := q.PutTimeout("c", 10*time.Second); err != nil {
		fmt.Println(err)
	}
	t.Join()
	var now []string
	for n := q.Qsize(); n > 0; n-- {
		v, _ := q.GetNowait()
		now = append(now, v.(string))
	}
	fmt.Println("taken", "['"+strings.Join(taken, "', '")+"']", "now", "['"+strings.Join(now, "', '")+"']")
	fmt.Println(py(q.Empty()), py(q.Full()), q.UnfinishedTasks())
}
