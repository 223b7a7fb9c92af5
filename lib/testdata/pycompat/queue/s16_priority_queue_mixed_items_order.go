package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, it := range []queue.Item{{2, "b"}, {1, "z"}, {1, "a"}, {3, "c"}, {2, "a"}, {0, "last in, first out"}} {
		pq.Put(it)
	}
	var out []string
	for !pq.Empty() {
		out = append(out, pq.Get().(queue.Item).String())
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")

	pq = queue.NewPriorityQueue(0)
	for _, n := range []any{5, -1, 3.5, 0, 2} {
		pq.Put(n)
	}
	var nums []string
	for n := pq.Qsize(); n > 0; n-- {
		nums = append(nums, fmt.Sprint(pq.Get()))
	}
	fmt.Println("[" + strings.Join(nums, ", ") + "]")

	pq = queue.NewPriorityQueue(0)
	for _, w := range []string{"pear", "Apple", "banana", "apple"} {
		pq.Put(w)
	}
	var ws []string
	for i := 0; i < 4; i++ {
		v, _ := pq.GetNowait()
		ws = append(ws, "'"+v.(string)+"'")
	}
	fmt.Println("[" + strings.Join(ws, ", ") + "]")
}
