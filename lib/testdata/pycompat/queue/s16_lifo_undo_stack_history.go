package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	history := queue.NewLifoQueue(0)
	text := ""
	for _, word := range []string{"hello", " world", "!", " again"} {
		history.Put(text)
		text += word
		fmt.Printf("typed: '%s'\n", text)
	}
	for i := 0; i < 3; i++ {
		text = history.Get().(string)
		fmt.Printf("undo -> '%s' left: %d\n", text, history.Qsize())
	}
	fmt.Println("can undo once more:", map[bool]string{true: "True", false: "False"}[!history.Empty()])
}
