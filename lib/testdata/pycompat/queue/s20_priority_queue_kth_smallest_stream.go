package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func kthSmallest(stream []int, k int) int {
	pq := queue.NewPriorityQueue(0)
	for _, x := range stream {
		pq.Put(-x)
		if pq.Qsize() > k {
			pq.Get()
		}
	}
	return -pq.Get().(int)
}

func main() {
	data := []int{7, 2, 9, 4, 4, 11, 0, 5}
	var out []string
	for k := 1; k < 6; k++ {
		out = append(out, fmt.Sprint(kthSmallest(data, k)))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
