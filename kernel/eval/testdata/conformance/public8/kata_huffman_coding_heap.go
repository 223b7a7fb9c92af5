package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type Node struct {
	ch          rune
	freq        int
	left, right *Node
	order       int
}

type PQ []*Node

func (p PQ) Len() int { return len(p) }
func (p PQ) Less(i, j int) bool {
	if p[i].freq != p[j].freq {
		return p[i].freq < p[j].freq
	}
	return p[i].order < p[j].order
}
func (p PQ) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *PQ) Push(x any)   { *p = append(*p, x.(*Node)) }
func (p *PQ) Pop() any {
	o := *p
	n := o[len(o)-1]
	*p = o[:len(o)-1]
	return n
}

func build(text string) *Node {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	keys := make([]rune, 0, len(freq))
	for r := range freq {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	pq := &PQ{}
	order := 0
	for _, r := range keys {
		heap.Push(pq, &Node{ch: r, freq: freq[r], order: order})
		order++
	}
	for pq.Len() > 1 {
		a := heap.Pop(pq).(*Node)
		b := heap.Pop(pq).(*Node)
		heap.Push(pq, &Node{freq: a.freq + b.freq, left: a, right: b, order: order})
		order++
	}
	return heap.Pop(pq).(*Node)
}

func codes(n *Node, prefix string, out map[rune]string) {
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
	text := "abracadabra alakazam"
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
	var enc strings.Builder
	for _, r := range text {
		enc.WriteString(table[r])
	}
	bits := enc.String()
	var dec strings.Builder
	for n, i := root, 0; i < len(bits); i++ {
		if bits[i] == '0' {
			n = n.left
		} else {
			n = n.right
		}
		if n.left == nil {
			dec.WriteRune(n.ch)
			n = root
		}
	}
	fmt.Println(len(bits), len(text)*8, dec.String() == text)
}
