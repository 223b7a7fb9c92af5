package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func b(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.New(3)
	n := 0
	for _, op := range []string{"put", "put", "put", "get", "put", "get", "get", "get"} {
		if op == "put" {
			q.PutNowait(n)
		} else {
			q.GetNowait()
		}
		n++
		fmt.Println(op, q.Qsize(), b(q.Empty()), b(q.Full()))
	}
}
