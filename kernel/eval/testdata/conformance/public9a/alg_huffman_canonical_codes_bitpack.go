package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Canonical Huffman codes: code lengths from a merge of weights (kept in a
// sorted slice used as a queue), then codes assigned by (length, symbol),
// packed into bytes and decoded with the per-length first-code table.

type sym struct {
	r   rune
	len int
}

type group struct {
	weight  int
	members []rune
	first   rune
}

func codeLengths(text string) map[rune]int {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	var q []group
	for r, w := range freq {
		q = append(q, group{w, []rune{r}, r})
	}
	lengths := map[rune]int{}
	if len(q) == 1 {
		lengths[q[0].first] = 1
		return lengths
	}
	order := func(a, b group) int { return cmp.Or(cmp.Compare(a.weight, b.weight), cmp.Compare(a.first, b.first)) }
	for len(q) > 1 {
		slices.SortFunc(q, order)
		a, b := q[0], q[1]
		for _, r := range append(slices.Clone(a.members), b.members...) {
			lengths[r]++
		}
		merged := group{a.weight + b.weight, append(slices.Clone(a.members), b.members...), min(a.first, b.first)}
		q = append(q[2:], merged)
	}
	return lengths
}

type Code struct {
	bits uint32
	len  int
}

func canonical(lengths map[rune]int) (map[rune]Code, []sym) {
	syms := make([]sym, 0, len(lengths))
	for r, l := range lengths {
		syms = append(syms, sym{r, l})
	}
	slices.SortFunc(syms, func(a, b sym) int { return cmp.Or(a.len-b.len, cmp.Compare(a.r, b.r)) })
	codes := map[rune]Code{}
	var code uint32
	prevLen := syms[0].len
	for i, s := range syms {
		if i > 0 {
			code++
			code <<= uint(s.len - prevLen)
		}
		prevLen = s.len
		codes[s.r] = Code{code, s.len}
	}
	return codes, syms
}

type BitWriter struct {
	buf   []byte
	nbits int
}

func (w *BitWriter) Write(c Code) {
	for i := c.len - 1; i >= 0; i-- {
		if w.nbits%8 == 0 {
			w.buf = append(w.buf, 0)
		}
		if c.bits>>uint(i)&1 == 1 {
			w.buf[len(w.buf)-1] |= 0x80 >> uint(w.nbits%8)
		}
		w.nbits++
	}
}

func decode(buf []byte, nbits int, syms []sym) string {
	var sb strings.Builder
	var code uint32
	l := 0
	for i := 0; i < nbits; i++ {
		bit := buf[i/8] >> uint(7-i%8) & 1
		code = code<<1 | uint32(bit)
		l++
		// walk the canonical table: codes of length l are consecutive
		var c uint32
		prev := syms[0].len
		for j, s := range syms {
			if j > 0 {
				c++
				c <<= uint(s.len - prev)
			}
			prev = s.len
			if s.len == l && c == code {
				sb.WriteRune(s.r)
				code, l = 0, 0
				break
			}
		}
	}
	return sb.String()
}

func main() {
	text := "she sells sea shells by the sea shore"
	lengths := codeLengths(text)
	codes, syms := canonical(lengths)
	for _, s := range syms {
		c := codes[s.r]
		fmt.Printf("%q=%0*b ", s.r, c.len, c.bits)
	}
	fmt.Println()
	var w BitWriter
	for _, r := range text {
		w.Write(codes[r])
	}
	fmt.Printf("%d bits in %d bytes (vs %d): % x\n", w.nbits, len(w.buf), len(text), w.buf[:6])
	back := decode(w.buf, w.nbits, syms)
	fmt.Println(back == text, back[:9])
	one, syms1 := canonical(codeLengths("aaaa"))
	fmt.Println(one, len(syms1))
}
