package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	undo, redo := queue.NewLifoQueue(0), queue.NewLifoQueue(0)
	text := ""
	do := func(s string) {
		undo.Put(text)
		text += s
		for !redo.Empty() {
			redo.Get()
		}
	}
	undoF := func() error {
		redo.Put(text)
		v, err := undo.GetNowait()
		if err != nil {
			return err
		}
		text = v.(string)
		return nil
	}
	redoF := func() error {
		undo.Put(text)
		v, err := redo.GetNowait()
		if err != nil {
			return err
		}
		text = v.(string)
		return nil
	}
	for _, step := range []string{"a", "b", "c", "U", "U", "R", "d", "R", "U"} {
		var err error
		switch step {
		case "U":
			err = undoF()
		case "R":
			err = redoF()
		default:
			do(step)
		}
		if errors.Is(err, queue.ErrEmpty) {
			what := "undo"
			if step == "R" {
				what = "redo"
			}
			fmt.Println("nothing to", what)
			undo.GetNowait()
		}
		fmt.Printf("%s '%s' %d %d\n", step, text, undo.Qsize(), redo.Qsize())
	}
}
