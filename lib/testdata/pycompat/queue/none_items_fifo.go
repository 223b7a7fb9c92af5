package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(3)
	q.Put(nil)
	q.Put(0)
	q.Put("")
	full := q.Full()
	a, b, c := q.Get(), q.Get(), q.Get()
	if a == nil {
		a = "None"
	}
	fmt.Printf("%s [%v, %v, '%v'] %s\n", pyBool(full), a, b, c, pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
