package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(-1)
	for i := range 100 {
		q.PutNowait(i)
	}
	fmt.Println(q.Qsize(), pyBool(q.Full()), q.Maxsize)
	q0 := queue.New(0)
	fmt.Println(pyBool(q0.Full()), q0.Maxsize)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
