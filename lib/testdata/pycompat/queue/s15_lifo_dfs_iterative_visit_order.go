package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	graph := map[int][]int{1: {2, 3}, 2: {4, 5}, 3: {6}, 4: {}, 5: {6}, 6: {}}
	stack := queue.NewLifoQueue(0)
	stack.Put(1)
	seen := map[int]bool{}
	var order []int
	for !stack.Empty() {
		n := stack.Get().(int)
		if seen[n] {
			continue
		}
		seen[n] = true
		order = append(order, n)
		for _, m := range graph[n] {
			stack.Put(m)
		}
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(order), " ", ", "), stack.Qsize())
}
