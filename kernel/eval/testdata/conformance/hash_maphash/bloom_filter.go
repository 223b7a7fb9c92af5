package main

import (
	"fmt"
	"hash/maphash"
)

type Bloom struct {
	bits  []bool
	seeds []maphash.Seed
}

func NewBloom(m, k int) *Bloom {
	b := &Bloom{bits: make([]bool, m)}
	for i := 0; i < k; i++ {
		b.seeds = append(b.seeds, maphash.MakeSeed())
	}
	return b
}

func (b *Bloom) Add(s string) {
	for _, sd := range b.seeds {
		b.bits[maphash.String(sd, s)%uint64(len(b.bits))] = true
	}
}

func (b *Bloom) Has(s string) bool {
	for _, sd := range b.seeds {
		if !b.bits[maphash.String(sd, s)%uint64(len(b.bits))] {
			return false
		}
	}
	return true
}

func main() {
	b := NewBloom(1024, 3)
	words := []string{"apple", "banana", "cherry"}
	for _, w := range words {
		b.Add(w)
	}
	for _, w := range words {
		fmt.Println(w, b.Has(w))
	}
	set := 0
	for _, x := range b.bits {
		if x {
			set++
		}
	}
	fmt.Println(set > 0 && set <= 9)
}
