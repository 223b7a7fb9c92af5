package main

import (
	"fmt"
	"math/bits"
	"sort"
	"strings"
)

type BitSet []uint64

func (s *BitSet) Add(x int) {
	w := x / 64
	for w >= len(*s) {
		*s = append(*s, 0)
	}
	(*s)[w] |= 1 << (x % 64)
}

func (s BitSet) Has(x int) bool { w := x / 64; return w < len(s) && s[w]&(1<<(x%64)) != 0 }

func (s BitSet) Len() (n int) {
	for _, w := range s {
		n += bits.OnesCount64(w)
	}
	return
}

func (s BitSet) String() string {
	var parts []string
	for i, w := range s {
		for w != 0 {
			b := bits.TrailingZeros64(w)
			parts = append(parts, fmt.Sprint(i*64+b))
			w &= w - 1
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

type MapSet map[int]bool

func (s MapSet) String() string {
	var ks []int
	for k := range s {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	return strings.ReplaceAll(fmt.Sprint(ks), "[", "{")[:0] + "{" + strings.Trim(fmt.Sprint(ks), "[]") + "}"
}

func main() {
	var b BitSet
	m := MapSet{}
	for _, x := range []int{3, 64, 127, 0, 200, 3, 65} {
		b.Add(x)
		m[x] = true
	}
	fmt.Println(b, b.Len(), len(b))
	fmt.Println(m, len(m))
	fmt.Println(b.String() == m.String(), b.Has(127), b.Has(128), b.Has(100000))
	fmt.Println(bits.Len(255), bits.LeadingZeros8(1), bits.Reverse8(1), bits.RotateLeft8(0b10010001, 1))
}
