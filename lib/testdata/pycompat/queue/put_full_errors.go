package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(1)
	q.Put("a")
	for _, how := range []string{"timeout", "nowait", "block_false"} {
		var err error
		if how == "timeout" {
			err = q.PutTimeout("b", 10*time.Millisecond)
		} else {
			err = q.PutNowait("b")
		}
		if errors.Is(err, queue.ErrFull) {
			fmt.Println(how, "Full")
		}
	}
	fmt.Println(q.Qsize(), pyBool(q.Full()), pyBool(q.Empty()), q.Get())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
