package main

import (
	"fmt"
	"hash/fnv"
	"math"
	"strings"
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

func (b *Bloom) FillRatio() float64 {
	set := 0
	for _, w := range b.bits {
		for ; w != 0; w &= w - 1 {
			set++
		}
	}
	return float64(set) / float64(b.m)
}

func main() {
	b := NewBloom(100, 0.01)
	fmt.Println(b.m, b.k, len(b.bits))
	words := strings.Fields("alpha bravo charlie delta echo foxtrot golf hotel india juliet")
	for _, w := range words {
		b.Add(w)
	}
	for _, w := range words {
		if !b.Has(w) {
			fmt.Println("false negative!", w)
		}
	}
	fp := 0
	for i := 0; i < 1000; i++ {
		if b.Has(fmt.Sprintf("absent-%d", i)) {
			fp++
		}
	}
	fmt.Printf("n=%d fill=%.4f false positives=%d\n", b.n, b.FillRatio(), fp)
	h := fnv.New32a()
	h.Write([]byte("hello"))
	fmt.Printf("%08x\n", h.Sum32())
}
