package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type hnode struct {
	ch          rune
	freq        int
	left, right *hnode
	order       int
}

type hq []*hnode

func (q hq) Len() int { return len(q) }
func (q hq) Less(i, j int) bool {
	if q[i].freq != q[j].freq {
		return q[i].freq < q[j].freq
	}
	return q[i].order < q[j].order
}
func (q hq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *hq) Push(x any)   { *q = append(*q, x.(*hnode)) }
func (q *hq) Pop() any {
	old := *q
	n := old[len(old)-1]
	*q = old[:len(old)-1]
	return n
}

func build(text string) *hnode {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	runes := make([]rune, 0, len(freq))
	for r := range freq {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	q := &hq{}
	order := 0
	for _, r := range runes {
		heap.Push(q, &hnode{ch: r, freq: freq[r], order: order})
		order++
	}
	for q.Len() > 1 {
		a := heap.Pop(q).(*hnode)
		b := heap.Pop(q).(*hnode)
		heap.Push(q, &hnode{freq: a.freq + b.freq, left: a, right: b, order: order})
		order++
	}
	return heap.Pop(q).(*hnode)
}

func codes(n *hnode, prefix string, out map[rune]string) {
	if n.left == nil {
		if prefix == "" {
			prefix = "0"
		}
		out[n.ch] = prefix
		return
	}
	codes(n.left, prefix+"0", out)
	codes(n.right, prefix+"1", out)
}

func main() {
	text := "this is an example of a huffman tree"
	root := build(text)
	table := map[rune]string{}
	codes(root, "", table)
	keys := make([]rune, 0, len(table))
	for r := range table {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		fmt.Printf("%q %s\n", r, table[r])
	}
	var sb strings.Builder
	for _, r := range text {
		sb.WriteString(table[r])
	}
	enc := sb.String()
	fmt.Println(len(enc), "bits vs", 8*len(text))
	var dec strings.Builder
	n := root
	for _, b := range enc {
		if b == '0' {
			n = n.left
		} else {
			n = n.right
		}
		if n.left == nil {
			dec.WriteRune(n.ch)
			n = root
		}
	}
	fmt.Println(dec.String() == text)
}
