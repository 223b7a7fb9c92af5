package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	sq := queue.NewSimpleQueue()
	fmt.Println("empty:", py(sq.Empty()), sq.Qsize())
	for _, call := range []func() error{
		func() error { _, err := sq.GetNowait(); return err },
		func() error { _, err := sq.GetTimeout(100 * time.Millisecond); return err },
		func() error { _, err := sq.GetNowait(); return err },
		func() error { _, err := sq.GetNowait(); return err },
	} {
		if errors.Is(call(), queue.ErrEmpty) {
			fmt.Println("Empty")
		}
	}
	sq.PutNowait(1)
	sq.Put(2)
	sq.PutNowait(3)
	fmt.Println("three in:", sq.Qsize(), py(sq.Empty()))
	a, _ := sq.GetNowait()
	b, _ := sq.GetTimeout(0)
	c, _ := sq.GetNowait()
	fmt.Println(a, b, c, py(sq.Empty()))
}
