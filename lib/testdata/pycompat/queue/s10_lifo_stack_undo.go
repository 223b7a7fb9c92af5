package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	history := queue.NewLifoQueue(3)
	for _, action := range []string{"type a", "type b", "delete", "type c"} {
		if history.Full() {
			fmt.Println("full, dropping oldest is not possible:", action)
			continue
		}
		history.Put(action)
	}
	for !history.Empty() {
		fmt.Println("undo", history.Get())
	}
	if _, err := history.GetTimeout(10 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("nothing to undo")
	}
}
