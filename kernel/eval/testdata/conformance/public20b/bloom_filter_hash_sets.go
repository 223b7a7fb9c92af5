package main

import (
	"fmt"
	"hash/fnv"
	"math"
	"strings"
)

type Bloom struct {
	bits []uint64
	m, k uint
}

func NewBloom(n int, p float64) *Bloom {
	m := uint(math.Ceil(-float64(n) * math.Log(p) / (math.Ln2 * math.Ln2)))
	k := uint(math.Round(float64(m) / float64(n) * math.Ln2))
	return &Bloom{bits: make([]uint64, (m+63)/64), m: m, k: k}
}

func (b *Bloom) hashes(s string) (uint64, uint64) {
	h := fnv.New64a()
	h.Write([]byte(s))
	a := h.Sum64()
	h2 := fnv.New64()
	h2.Write([]byte(s))
	return a, h2.Sum64() | 1
}

func (b *Bloom) Add(s string) {
	h1, h2 := b.hashes(s)
	for i := uint(0); i < b.k; i++ {
		idx := (h1 + uint64(i)*h2) % uint64(b.m)
		b.bits[idx/64] |= 1 << (idx % 64)
	}
}

func (b *Bloom) Has(s string) bool {
	h1, h2 := b.hashes(s)
	for i := uint(0); i < b.k; i++ {
		idx := (h1 + uint64(i)*h2) % uint64(b.m)
		if b.bits[idx/64]&(1<<(idx%64)) == 0 {
			return false
		}
	}
	return true
}

type BitSet []uint64

func (s *BitSet) Set(i int) {
	for len(*s) <= i/64 {
		*s = append(*s, 0)
	}
	(*s)[i/64] |= 1 << (i % 64)
}
func (s BitSet) Has(i int) bool { return i/64 < len(s) && s[i/64]&(1<<(i%64)) != 0 }
func (s BitSet) Union(o BitSet) BitSet {
	r := make(BitSet, max(len(s), len(o)))
	for i := range r {
		if i < len(s) {
			r[i] |= s[i]
		}
		if i < len(o) {
			r[i] |= o[i]
		}
	}
	return r
}
func (s BitSet) String() string {
	var parts []string
	for i := 0; i < len(s)*64; i++ {
		if s.Has(i) {
			parts = append(parts, fmt.Sprint(i))
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	b := NewBloom(1000, 0.01)
	fmt.Println(b.m, b.k, len(b.bits))
	for i := 0; i < 1000; i++ {
		b.Add(fmt.Sprintf("key-%d", i))
	}
	missing := 0
	for i := 0; i < 1000; i++ {
		if !b.Has(fmt.Sprintf("key-%d", i)) {
			missing++
		}
	}
	fp := 0
	for i := 0; i < 10000; i++ {
		if b.Has(fmt.Sprintf("other-%d", i)) {
			fp++
		}
	}
	fmt.Println("false negatives:", missing, "false positive rate ok:", fp < 300, fp)
	var s1, s2 BitSet
	for _, i := range []int{1, 5, 64, 130} {
		s1.Set(i)
	}
	for _, i := range []int{2, 5, 200} {
		s2.Set(i)
	}
	fmt.Println(s1, s2, s1.Union(s2), len(s1), len(s2))
}
