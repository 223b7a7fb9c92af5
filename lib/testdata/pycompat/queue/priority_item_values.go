package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	pq.Put(queue.Item{Priority: 0.5, Value: "half"})
	pq.Put(queue.Item{Priority: -1, Value: "negative"})
	pq.Put(queue.Item{Priority: 10, Value: "ten"})
	pq.Put(queue.Item{Priority: 0, Value: "zero"})
	pq.Put(queue.Item{Priority: -1, Value: "also negative"})
	var out []string
	for !pq.Empty() {
		out = append(out, fmt.Sprint(pq.Get()))
	}
	fmt.Printf("[%s]\n", strings.Join(out, ", "))
	fmt.Println(pq.Qsize(), pyBool(pq.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
