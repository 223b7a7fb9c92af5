package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	undo, redo := queue.NewLifoQueue(0), queue.NewLifoQueue(0)
	text := ""
	for _, op := range []string{"type:Hello", "type:, ", "type:world", "undo", "undo", "redo", "type:!", "redo", "undo"} {
		if strings.HasPrefix(op, "type:") {
			undo.Put(text)
			text += op[5:]
			for !redo.Empty() {
				redo.GetNowait()
			}
		} else if op == "undo" && !undo.Empty() {
			redo.Put(text)
			text = undo.Get().(string)
		} else if op == "redo" {
			nxt, err := redo.GetNowait()
			if err == queue.ErrEmpty {
				fmt.Println("nothing to redo")
				continue
			}
			undo.Put(text)
			text = nxt.(string)
		}
		fmt.Printf("%-11s -> '%s'\n", op, text)
	}
	fmt.Println(undo.Qsize(), redo.Qsize())
}
