package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	history := queue.NewLifoQueue(0)
	text := ""
	for _, word := range []string{"hello", " ", "world", "!"} {
		history.Put(text)
		text += word
	}
	fmt.Printf("'%s'\n", text)
	for range 2 {
		text = history.Get().(string)
		fmt.Printf("undo -> '%s'\n", text)
	}
	fmt.Println(history.Qsize())
}
