package main

import (
	"fmt"
	"hash/fnv"
	"math"
)

type Bloom struct {
	bits []uint64
	m, k uint32
	n    int
}

func NewBloom(expected int, fpRate float64) *Bloom {
	m := uint32(math.Ceil(-float64(expected) * math.Log(fpRate) / (math.Ln2 * math.Ln2)))
	k := uint32(math.Round(float64(m) / float64(expected) * math.Ln2))
	return &Bloom{bits: make([]uint64, (m+63)/64), m: m, k: max(k, 1)}
}

func (b *Bloom) hashes(s string) (uint32, uint32) {
	h := fnv.New64a()
	h.Write([]byte(s))
	v := h.Sum64()
	return uint32(v), uint32(v >> 32)
}

func (b *Bloom) Add(s string) {
	h1, h2 := b.hashes(s)
	for i := uint32(0); i < b.k; i++ {
		idx := (h1 + i*h2) % b.m
		b.bits[idx/64] |= 1 << (idx % 64)
	}
	b.n++
}

func (b *Bloom) Has(s string) bool {
	h1, h2 := b.hashes(s)
	for i := uint32(0); i < b.k; i++ {
		idx := (h1 + i*h2) % b.m
		if b.bits[idx/64]&(1<<(idx%64)) == 0 {
			return false
		}
	}
	return true
}

func main() {
	b := NewBloom(1000, 0.01)
	fmt.Println("m", b.m, "k", b.k, "words", len(b.bits))
	for i := range 1000 {
		b.Add(fmt.Sprintf("user-%d", i))
	}
	missing := 0
	for i := range 1000 {
		if !b.Has(fmt.Sprintf("user-%d", i)) {
			missing++
		}
	}
	fp := 0
	for i := 1000; i < 11000; i++ {
		if b.Has(fmt.Sprintf("user-%d", i)) {
			fp++
		}
	}
	fmt.Println("false negatives:", missing, "false positives:", fp, "rate ok:", float64(fp)/10000 < 0.03)
}
