package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	s := queue.NewLifoQueue(2)
	s.PutNowait("bottom")
	s.PutNowait("top")
	if err := s.PutNowait("overflow"); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full at", s.Qsize())
	}
	a, _ := s.GetNowait()
	b, _ := s.GetNowait()
	fmt.Println(a, b)
	if _, err := s.GetNowait(); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty at", s.Qsize())
	}
}
