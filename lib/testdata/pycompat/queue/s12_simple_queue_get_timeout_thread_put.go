package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	sq := queue.NewSimpleQueue()
	threading.NewTimer(20*time.Millisecond, func() { sq.Put(42) }).Start()
	v, _ := sq.GetTimeout(5 * time.Second)
	fmt.Println(v)
	if _, err := sq.GetTimeout(10 * time.Millisecond); err == queue.ErrEmpty {
		fmt.Println("Empty")
	}
	sq.Put(nil)
	v, _ = sq.GetNowait()
	s := fmt.Sprint(v)
	if v == nil {
		s = "None"
	}
	e := "False"
	if sq.Empty() {
		e = "True"
	}
	fmt.Println(s, e)
}
