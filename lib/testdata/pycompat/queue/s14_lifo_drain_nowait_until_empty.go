package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	s := queue.NewLifoQueue(3)
	for _, x := range []int{10, 20, 30} {
		s.PutNowait(x)
	}
	if err := s.PutNowait(40); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full at", s.Qsize())
	}
	var popped []any
	for {
		x, err := s.GetNowait()
		if errors.Is(err, queue.ErrEmpty) {
			fmt.Println("Empty after", len(popped))
			break
		}
		popped = append(popped, x)
	}
	fmt.Printf("[%v, %v, %v] %s %s\n", popped[0], popped[1], popped[2], py(s.Empty()), py(s.Full()))
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
