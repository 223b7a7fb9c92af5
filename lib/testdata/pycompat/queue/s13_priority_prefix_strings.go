package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewPriorityQueue(0)
	for _, w := range []string{"apple", "app", "b", "Apple", "", "apply", "ab"} {
		q.Put(w)
	}
	var out []string
	for range q.Qsize() {
		out = append(out, fmt.Sprintf("'%v'", q.Get()))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
