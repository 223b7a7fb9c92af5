package main

import (
	"fmt"
	"iter"
	"math/bits"
	"strings"
)

type Bitset []uint64

func NewBitset(n int) Bitset { return make(Bitset, (n+63)/64) }

func (b Bitset) Set(i int)      { b[i/64] |= 1 << (i % 64) }
func (b Bitset) Clear(i int)    { b[i/64] &^= 1 << (i % 64) }
func (b Bitset) Has(i int) bool { return b[i/64]&(1<<(i%64)) != 0 }
func (b Bitset) Flip(i int)     { b[i/64] ^= 1 << (i % 64) }
func (b Bitset) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

func (b Bitset) And(o Bitset) Bitset {
	r := make(Bitset, len(b))
	for i := range b {
		r[i] = b[i] & o[i]
	}
	return r
}

func (b Bitset) Or(o Bitset) Bitset {
	r := make(Bitset, len(b))
	for i := range b {
		r[i] = b[i] | o[i]
	}
	return r
}

func (b Bitset) Members() iter.Seq[int] {
	return func(yield func(int) bool) {
		for wi, w := range b {
			for w != 0 {
				t := bits.TrailingZeros64(w)
				if !yield(wi*64 + t) {
					return
				}
				w &= w - 1
			}
		}
	}
}

func (b Bitset) String() string {
	var parts []string
	for m := range b.Members() {
		parts = append(parts, fmt.Sprint(m))
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func sieve(n int) Bitset {
	comp := NewBitset(n + 1)
	comp.Set(0)
	comp.Set(1)
	for i := 2; i*i <= n; i++ {
		if !comp.Has(i) {
			for j := i * i; j <= n; j += i {
				comp.Set(j)
			}
		}
	}
	primes := NewBitset(n + 1)
	for i := 0; i <= n; i++ {
		if !comp.Has(i) {
			primes.Set(i)
		}
	}
	return primes
}

func main() {
	p := sieve(200)
	fmt.Println(p.Count(), p)
	odd := NewBitset(201)
	for i := 1; i <= 200; i += 2 {
		odd.Set(i)
	}
	sq := NewBitset(201)
	for i := 0; i*i <= 200; i++ {
		sq.Set(i * i)
	}
	fmt.Println(sq, sq.And(odd), sq.And(p).Count())
	u := sq.Or(NewBitset(201))
	u.Flip(0)
	u.Flip(2)
	u.Clear(196)
	fmt.Println(u, len(u), fmt.Sprintf("%x", []uint64(u)))
	for m := range p.Members() {
		if m > 30 {
			break
		}
		fmt.Print(m, " ")
	}
	fmt.Println()
}
