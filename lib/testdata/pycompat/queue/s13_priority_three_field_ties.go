package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewPriorityQueue(0)
	jobs := []struct {
		prio int
		name string
	}{{2, "write"}, {1, "read"}, {2, "alpha"}, {1, "zeta"}, {0, "boot"}}
	for seq, j := range jobs {
		q.Put([]any{j.prio, seq, j.name})
	}
	for !q.Empty() {
		t := q.Get().([]any)
		fmt.Println(t[0], t[1], t[2])
	}
	q.Put([]any{1, 1, "b"})
	q.Put([]any{1, 0, "z"})
	q.Put([]any{1, 1, "a"})
	var names []string
	for range 3 {
		names = append(names, fmt.Sprintf("'%v'", q.Get().([]any)[2]))
	}
	fmt.Println("[" + strings.Join(names, ", ") + "]")
}
