package main

import (
	"fmt"

	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(1)
	try(func() { q.GetTimeout(-time.Second) })
	q.Put(1)
	try(func() { q.PutTimeout(2, -500*time.Millisecond) })
}

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}
