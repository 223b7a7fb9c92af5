package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	lists := [][]int{{1, 4, 9}, {2, 3, 10}, {0, 5}}
	pq := queue.NewPriorityQueue(0)
	for li, xs := range lists {
		pq.Put([]any{xs[0], li, 0})
	}
	var merged []int
	for !pq.Empty() {
		t := pq.Get().([]any)
		v, li, i := t[0].(int), t[1].(int), t[2].(int)
		merged = append(merged, v)
		if i+1 < len(lists[li]) {
			pq.Put([]any{lists[li][i+1], li, i + 1})
		}
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(merged), " ", ", "))
}
