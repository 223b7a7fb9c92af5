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

type forest []*hnode

func (f forest) Len() int { return len(f) }
func (f forest) Less(i, j int) bool {
	if f[i].freq != f[j].freq {
		return f[i].freq < f[j].freq
	}
	return f[i].order < f[j].order
}
func (f forest) Swap(i, j int) { f[i], f[j] = f[j], f[i] }
func (f *forest) Push(x any)   { *f = append(*f, x.(*hnode)) }
func (f *forest) Pop() any {
	old := *f
	n := old[len(old)-1]
	*f = old[:len(old)-1]
	return n
}

func build(text string) *hnode {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	keys := make([]rune, 0, len(freq))
	for r := range freq {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	f := &forest{}
	order := 0
	for _, r := range keys {
		heap.Push(f, &hnode{ch: r, freq: freq[r], order: order})
		order++
	}
	for f.Len() > 1 {
		a := heap.Pop(f).(*hnode)
		b := heap.Pop(f).(*hnode)
		heap.Push(f, &hnode{freq: a.freq + b.freq, left: a, right: b, order: order})
		order++
	}
	return heap.Pop(f).(*hnode)
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
	for _, r := range keys {
		fmt.Printf("%q:%s ", r, table[r])
	}
	fmt.Println()
	var enc strings.Builder
	for _, r := range text {
		enc.WriteString(table[r])
	}
	bits := enc.String()
	fmt.Println(len(bits), len(text)*8, decode(root, bits) == text)
	fmt.Println(decode(root, bits[:40]))
}
