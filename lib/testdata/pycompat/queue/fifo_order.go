package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	for i := range 5 {
		q.Put(i)
	}
	fmt.Println(q.Qsize(), pyBool(q.Empty()), pyBool(q.Full()))
	var got []any
	for range 5 {
		got = append(got, q.Get())
	}
	fmt.Printf("[%v, %v, %v, %v, %v]\n", got...)
	fmt.Println(q.Qsize(), pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
