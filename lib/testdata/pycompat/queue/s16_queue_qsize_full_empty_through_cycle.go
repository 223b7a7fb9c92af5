package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.New(2)
	var log []string
	for _, step := range []string{"put", "put", "get", "put", "get", "get"} {
		if step == "put" {
			q.PutNowait(len(log))
		} else {
			q.GetNowait()
		}
		log = append(log, fmt.Sprintf("('%s', %d, %s, %s)", step, q.Qsize(), py(q.Empty()), py(q.Full())))
	}
	for _, e := range log {
		fmt.Println(e)
	}
}
