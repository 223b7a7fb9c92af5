package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	s := queue.NewLifoQueue(0)
	if _, err := s.GetTimeout(20 * time.Millisecond); err == queue.ErrEmpty {
		fmt.Println("empty stack")
	}
	threading.NewTimer(20*time.Millisecond, func() { s.Put("late") }).Start()
	v, _ := s.GetTimeout(5 * time.Second)
	fmt.Println(v, s.Qsize())
}
