package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(2)
	q.Put("a")
	q.Put("b")
	var results []any
	t := threading.NewTimer(20*time.Millisecond, func() { results = append(results, q.Get()) })
	t.Start()
	q.PutTimeout("c", 10*time.Second)
	t.Join()
	fmt.Printf("['%s'] ['%s', '%s'] %s\n", results[0], q.Get(), q.Get(), pyBool(q.Empty()))
	for _, x := range []string{"x", "y", "z"} {
		if err := q.PutTimeout(x, 0); errors.Is(err, queue.ErrFull) {
			fmt.Println("Full after", q.Qsize())
			break
		}
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
