package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewLifoQueue(0)
	for i := range 3 {
		q.Put(i)
	}
	fmt.Println(q.Get())
	q.Put(10)
	q.Put(11)
	var out []any
	for n := q.Qsize(); n > 0; n-- {
		out = append(out, q.Get())
	}
	fmt.Printf("[%v, %v, %v, %v] %s\n", out[0], out[1], out[2], out[3], pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
