package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewLifoQueue(3)
	for _, s := range []string{"a", "b", "c"} {
		q.PutNowait(s)
	}
	fmt.Println(pyBool(q.Full()), q.Qsize())
	if err := q.PutNowait("d"); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full")
	}
	var out []string
	for {
		v, err := q.GetNowait()
		if errors.Is(err, queue.ErrEmpty) {
			fmt.Println("Empty")
			break
		}
		out = append(out, "'"+v.(string)+"'")
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
