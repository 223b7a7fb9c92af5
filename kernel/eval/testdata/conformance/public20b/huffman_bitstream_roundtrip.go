package main

import (
	"bytes"
	"container/heap"
	"fmt"
	"sort"
)

type hnode struct {
	sym         byte
	freq        int
	left, right *hnode
	id          int
}

type hq []*hnode

func (q hq) Len() int { return len(q) }
func (q hq) Less(i, j int) bool {
	if q[i].freq != q[j].freq {
		return q[i].freq < q[j].freq
	}
	return q[i].id < q[j].id
}
func (q hq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *hq) Push(x any)   { *q = append(*q, x.(*hnode)) }
func (q *hq) Pop() any {
	o := *q
	n := o[len(o)-1]
	*q = o[:len(o)-1]
	return n
}

type BitWriter struct {
	buf   bytes.Buffer
	cur   byte
	nbits uint
	total int
}

func (w *BitWriter) WriteBit(b bool) {
	if b {
		w.cur |= 1 << (7 - w.nbits)
	}
	w.nbits++
	w.total++
	if w.nbits == 8 {
		w.buf.WriteByte(w.cur)
		w.cur, w.nbits = 0, 0
	}
}

func (w *BitWriter) Bytes() []byte {
	if w.nbits > 0 {
		return append(w.buf.Bytes(), w.cur)
	}
	return w.buf.Bytes()
}

func build(data []byte) *hnode {
	freq := map[byte]int{}
	for _, b := range data {
		freq[b]++
	}
	syms := make([]byte, 0, len(freq))
	for s := range freq {
		syms = append(syms, s)
	}
	sort.Slice(syms, func(i, j int) bool { return syms[i] < syms[j] })
	q := &hq{}
	id := 0
	for _, s := range syms {
		heap.Push(q, &hnode{sym: s, freq: freq[s], id: id})
		id++
	}
	if q.Len() == 1 {
		only := heap.Pop(q).(*hnode)
		return &hnode{freq: only.freq, left: only, id: id}
	}
	for q.Len() > 1 {
		a, b := heap.Pop(q).(*hnode), heap.Pop(q).(*hnode)
		heap.Push(q, &hnode{freq: a.freq + b.freq, left: a, right: b, id: id})
		id++
	}
	return heap.Pop(q).(*hnode)
}

func codes(n *hnode, prefix []bool, out map[byte][]bool) {
	if n == nil {
		return
	}
	if n.left == nil && n.right == nil {
		out[n.sym] = append([]bool(nil), prefix...)
		return
	}
	codes(n.left, append(prefix, false), out)
	codes(n.right, append(prefix, true), out)
}

func decode(root *hnode, data []byte, nbits int) []byte {
	var out []byte
	n := root
	for i := 0; i < nbits; i++ {
		bit := data[i/8]&(1<<(7-uint(i%8))) != 0
		if bit {
			n = n.right
		} else {
			n = n.left
		}
		if n.left == nil && n.right == nil {
			out = append(out, n.sym)
			n = root
		}
	}
	return out
}

func main() {
	for _, text := range []string{"abracadabra", "aaaaaaa", "the quick brown fox jumps over the lazy dog", "mississippi river"} {
		root := build([]byte(text))
		tbl := map[byte][]bool{}
		codes(root, nil, tbl)
		var w BitWriter
		for _, b := range []byte(text) {
			for _, bit := range tbl[b] {
				w.WriteBit(bit)
			}
		}
		enc := w.Bytes()
		dec := decode(root, enc, w.total)
		fmt.Printf("%-45q bits=%3d bytes=%2d ratio=%.2f ok=%v %x\n", text, w.total, len(enc), float64(len(enc))/float64(len(text)), string(dec) == text, enc[:min(4, len(enc))])
	}
}
