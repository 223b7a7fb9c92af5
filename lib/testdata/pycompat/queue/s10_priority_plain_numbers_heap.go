package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, x := range []int{5, 3, 9, 1, 7, 3, 0, -2, 8} {
		pq.Put(x)
	}
	var out []string
	for range pq.Qsize() {
		out = append(out, fmt.Sprint(pq.Get()))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	pq = queue.NewPriorityQueue(0)
	for _, s := range []string{"pear", "apple", "Banana", "cherry", "apple"} {
		pq.Put(s)
	}
	out = nil
	for range pq.Qsize() {
		out = append(out, fmt.Sprintf("'%s'", pq.Get()))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
