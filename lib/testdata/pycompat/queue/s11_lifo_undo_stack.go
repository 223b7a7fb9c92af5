package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	history := queue.NewLifoQueue(3)
	for _, action := range []string{"type a", "type b", "bold", "italic"} {
		if err := history.PutNowait(action); err == queue.ErrFull {
			fmt.Println("history full, dropped", action)
		} else {
			fmt.Println("did", action)
		}
	}
	fmt.Println(history.Qsize(), pyBool(history.Full()))
	for !history.Empty() {
		fmt.Println("undo", history.Get())
	}
	fmt.Println(history.Qsize(), pyBool(history.Full()), pyBool(history.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
