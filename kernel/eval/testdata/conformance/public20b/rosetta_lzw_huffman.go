package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

func compressLZW(s string) []int {
	dict := map[string]int{}
	for i := 0; i < 256; i++ {
		dict[string(rune(i))] = i
	}
	w := ""
	var out []int
	for _, c := range []byte(s) {
		wc := w + string(c)
		if _, ok := dict[wc]; ok {
			w = wc
		} else {
			out = append(out, dict[w])
			dict[wc] = len(dict)
			w = string(c)
		}
	}
	if w != "" {
		out = append(out, dict[w])
	}
	return out
}

func decompressLZW(codes []int) string {
	dict := map[int]string{}
	for i := 0; i < 256; i++ {
		dict[i] = string(rune(i))
	}
	w := dict[codes[0]]
	var sb strings.Builder
	sb.WriteString(w)
	for _, k := range codes[1:] {
		var entry string
		if e, ok := dict[k]; ok {
			entry = e
		} else if k == len(dict) {
			entry = w + w[:1]
		} else {
			panic(fmt.Sprintf("bad code %d", k))
		}
		sb.WriteString(entry)
		dict[len(dict)] = w + entry[:1]
		w = entry
	}
	return sb.String()
}

type node struct {
	freq        int
	ch          rune
	left, right *node
	order       int
}

type pq []*node

func (p pq) Len() int { return len(p) }
func (p pq) Less(i, j int) bool {
	if p[i].freq != p[j].freq {
		return p[i].freq < p[j].freq
	}
	return p[i].order < p[j].order
}
func (p pq) Swap(i, j int)       { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x interface{}) { *p = append(*p, x.(*node)) }
func (p *pq) Pop() interface{} {
	old := *p
	n := old[len(old)-1]
	*p = old[:len(old)-1]
	return n
}

func buildCodes(n *node, prefix string, codes map[rune]string) {
	if n == nil {
		return
	}
	if n.left == nil && n.right == nil {
		if prefix == "" {
			prefix = "0"
		}
		codes[n.ch] = prefix
		return
	}
	buildCodes(n.left, prefix+"0", codes)
	buildCodes(n.right, prefix+"1", codes)
}

func huffman(s string) map[rune]string {
	freq := map[rune]int{}
	for _, r := range s {
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
		heap.Push(h, &node{freq: freq[r], ch: r, order: order})
		order++
	}
	for h.Len() > 1 {
		a := heap.Pop(h).(*node)
		b := heap.Pop(h).(*node)
		heap.Push(h, &node{freq: a.freq + b.freq, left: a, right: b, order: order})
		order++
	}
	codes := map[rune]string{}
	buildCodes(heap.Pop(h).(*node), "", codes)
	return codes
}

func main() {
	for _, s := range []string{"TOBEORNOTTOBEORTOBEORNOT", "abababababababab", "a", "the quick brown fox"} {
		c := compressLZW(s)
		d := decompressLZW(c)
		fmt.Println(len(s), len(c), c[:min(8, len(c))], d == s)
	}
	text := "this is an example for huffman encoding"
	codes := huffman(text)
	keys := make([]rune, 0, len(codes))
	for r := range codes {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(codes[keys[i]]) != len(codes[keys[j]]) {
			return len(codes[keys[i]]) < len(codes[keys[j]])
		}
		return keys[i] < keys[j]
	})
	total := 0
	for _, r := range keys {
		fmt.Printf("%q %s\n", r, codes[r])
	}
	for _, r := range text {
		total += len(codes[r])
	}
	var enc strings.Builder
	for _, r := range text {
		enc.WriteString(codes[r])
	}
	rev := map[string]rune{}
	for r, c := range codes {
		rev[c] = r
	}
	var dec strings.Builder
	cur := ""
	for _, b := range enc.String() {
		cur += string(b)
		if r, ok := rev[cur]; ok {
			dec.WriteRune(r)
			cur = ""
		}
	}
	fmt.Println(total, len(text)*8, dec.String() == text)
	fmt.Println(huffman("aaaa"))
}
