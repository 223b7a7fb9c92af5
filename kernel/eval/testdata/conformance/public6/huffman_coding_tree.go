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

type pq []*hnode

func (p pq) Len() int { return len(p) }
func (p pq) Less(i, j int) bool {
	if p[i].freq != p[j].freq {
		return p[i].freq < p[j].freq
	}
	return p[i].order < p[j].order
}
func (p pq) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x any)   { *p = append(*p, x.(*hnode)) }
func (p *pq) Pop() any {
	old := *p
	n := old[len(old)-1]
	*p = old[:len(old)-1]
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
	h := &pq{}
	order := 0
	for _, r := range runes {
		heap.Push(h, &hnode{ch: r, freq: freq[r], order: order})
		order++
	}
	for h.Len() > 1 {
		a := heap.Pop(h).(*hnode)
		b := heap.Pop(h).(*hnode)
		heap.Push(h, &hnode{freq: a.freq + b.freq, left: a, right: b, order: order})
		order++
	}
	return heap.Pop(h).(*hnode)
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

func decode(root *hnode, bits string) string {
	var sb strings.Builder
	n := root
	for _, b := range bits {
		if b == '0' {
			n = n.left
		} else {
			n = n.right
		}
		if n.left == nil {
			sb.WriteRune(n.ch)
			n = root
		}
	}
	return sb.String()
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
	sort.Slice(keys, func(i, j int) bool {
		if len(table[keys[i]]) != len(table[keys[j]]) {
			return len(table[keys[i]]) < len(table[keys[j]])
		}
		return keys[i] < keys[j]
	})
	for _, r := range keys[:6] {
		fmt.Printf("%q:%s ", r, table[r])
	}
	fmt.Println()
	var enc strings.Builder
	for _, r := range text {
		enc.WriteString(table[r])
	}
	fmt.Println(enc.Len(), "bits vs", len(text)*8, "->", decode(root, enc.String()) == text)
	single := build("aaaa")
	t2 := map[rune]string{}
	codes(single, "", t2)
	fmt.Println(t2)
}
