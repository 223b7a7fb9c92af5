package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/queue"
)

type node struct {
	leaf        string
	left, right *node
}

var codes = map[string]string{}

func walk(n *node, prefix string) {
	if n.left == nil {
		if prefix == "" {
			prefix = "0"
		}
		codes[n.leaf] = prefix
		return
	}
	walk(n.left, prefix+"0")
	walk(n.right, prefix+"1")
}

func main() {
	text := "abracadabra"
	freq := map[string]int{}
	for _, ch := range text {
		freq[string(ch)]++
	}
	var keys []string
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	pq := queue.NewPriorityQueue(0)
	seq := 0
	for _, ch := range keys {
		pq.Put([]any{freq[ch], seq, &node{leaf: ch}})
		seq++
	}
	for pq.Qsize() > 1 {
		a := pq.Get().([]any)
		b := pq.Get().([]any)
		pq.Put([]any{a[0].(int) + b[0].(int), seq, &node{left: a[2].(*node), right: b[2].(*node)}})
		seq++
	}
	tree := pq.Get().([]any)[2].(*node)
	walk(tree, "")
	for _, ch := range keys {
		fmt.Println(ch, freq[ch], codes[ch])
	}
	bits := 0
	for _, ch := range text {
		bits += len(codes[string(ch)])
	}
	fmt.Println(bits, "bits")
}
