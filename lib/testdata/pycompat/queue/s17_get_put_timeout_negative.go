package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}

func main() {
	q := queue.New(1)
	try(func() { q.GetTimeout(-time.Second) })
	try(func() { q.GetTimeout(-500 * time.Millisecond) })
	try(func() { queue.NewSimpleQueue().GetTimeout(-2 * time.Second) })
	q.Put(0)
	try(func() { q.PutTimeout(1, -time.Second) })
	_, err := q.GetTimeout(0)
	if err == nil {
		_, err = q.GetTimeout(0)
	}
	if errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty", "''")
	}
}
