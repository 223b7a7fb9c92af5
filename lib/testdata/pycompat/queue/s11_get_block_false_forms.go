package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	for _, form := range []string{"get(False)", "get(block=False)", "get_nowait()", "get(False, 5)"} {
		if _, err := q.GetNowait(); err == queue.ErrEmpty {
			fmt.Println(form, "-> Empty")
		}
	}
	q.Put(1)
	v, _ := q.GetNowait()
	fmt.Println(v, pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
