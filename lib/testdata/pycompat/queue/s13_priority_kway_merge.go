package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	lists := [][]int{{1, 4, 9}, {2, 3, 10, 11}, {}, {0, 4}}
	pq := queue.NewPriorityQueue(0)
	for i, l := range lists {
		if len(l) > 0 {
			pq.Put([]any{l[0], i, 0})
		}
	}
	var merged, all []int
	for !pq.Empty() {
		t := pq.Get().([]any)
		v, i, j := t[0].(int), t[1].(int), t[2].(int)
		merged = append(merged, v)
		if j+1 < len(lists[i]) {
			pq.Put([]any{lists[i][j+1], i, j + 1})
		}
	}
	for _, l := range lists {
		all = append(all, l...)
	}
	sort.Ints(all)
	same := fmt.Sprint(all) == fmt.Sprint(merged)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(merged), " ", ", "), map[bool]string{true: "True", false: "False"}[same])
}
