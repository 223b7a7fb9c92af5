package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(1)
	q.Put("first")
	t := threading.NewTimer(30*time.Millisecond, func() { q.Get() })
	t.Start()
	q.PutTimeout("second", 10*time.Second)
	t.Join()
	n := q.Qsize()
	v, _ := q.GetNowait()
	fmt.Println(n, v, pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
