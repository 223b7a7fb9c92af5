package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	for i := 0; i < 1000; i++ {
		q.PutNowait(i)
	}
	fmt.Println(q.Maxsize, q.Qsize(), pyBool(q.Full()))
	s := 0
	for i := 0; i < 1000; i++ {
		s += q.Get().(int)
	}
	fmt.Println(s, pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
