package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(3)
	var attempts []string
	for i := 0; i < 6; i++ {
		if err := q.PutNowait(i); err == queue.ErrFull {
			attempts = append(attempts, "'Full'")
			x, _ := q.GetNowait()
			fmt.Println("dropped", i, "-> made room with", x)
			q.PutNowait(i)
		} else {
			attempts = append(attempts, "'ok'")
		}
	}
	fmt.Println("[" + strings.Join(attempts, ", ") + "]")
	var rest []string
	for n := q.Qsize(); n > 0; n-- {
		x, _ := q.GetNowait()
		rest = append(rest, fmt.Sprint(x))
	}
	fmt.Println("[" + strings.Join(rest, ", ") + "]")
}
