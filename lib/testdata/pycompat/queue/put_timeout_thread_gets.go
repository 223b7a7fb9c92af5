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
	var got []any
	t := &threading.Thread{Target: func() { got = append(got, q.Get()) }}
	t.Start()
	q.PutTimeout("second", 30*time.Second)
	t.Join()
	x := q.Get()
	fmt.Printf("['%s'] %s %s\n", got[0], x, pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
