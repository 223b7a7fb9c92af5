package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(5)
	dropped := 0
	for i := range 12 {
		if err := q.PutNowait(i); err == queue.ErrFull {
			dropped++
		}
	}
	full := "False"
	if q.Full() {
		full = "True"
	}
	fmt.Println(q.Qsize(), dropped, full)
	var items []any
	for {
		x, err := q.GetNowait()
		if err != nil {
			break
		}
		items = append(items, x)
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(items), " ", ", "), q.UnfinishedTasks())
}
