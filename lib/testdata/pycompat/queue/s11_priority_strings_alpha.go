package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	var pq queue.PriorityQueue
	for _, w := range []string{"pear", "Apple", "banana", "apple", "Zebra", "cherry"} {
		pq.Put(w)
	}
	var out []string
	for !pq.Empty() {
		out = append(out, "'"+pq.Get().(string)+"'")
	}
	fmt.Println(pyStrs(out))
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
