package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	d := map[string]int{"a": 1}
	l := []int{1, 2}
	items := []any{d, l, [2]int{3, 4}, nil, "text", 2.5}
	for _, it := range items {
		q.Put(it)
	}
	var got []any
	for range items {
		got = append(got, q.Get())
	}
	fmt.Printf("[{'a': %d}, [%d, %d], (%d, %d), None, '%s', %v]\n", got[0].(map[string]int)["a"], got[1].([]int)[0], got[1].([]int)[1], got[2].([2]int)[0], got[2].([2]int)[1], got[4], got[5])
	got[0].(map[string]int)["a"] = 99
	fmt.Printf("shared, not copied: {'a': %d}\n", d["a"])
}
