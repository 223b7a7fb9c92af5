package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewPriorityQueue(0)
	for _, w := range []string{"pear", "Apple", "banana", "apple", "", "Zed", "a b"} {
		q.Put(w)
	}
	var out []string
	for n := q.Qsize(); n > 0; n-- {
		out = append(out, "'"+q.Get().(string)+"'")
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
