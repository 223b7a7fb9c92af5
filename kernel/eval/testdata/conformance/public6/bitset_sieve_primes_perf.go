package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet []uint64

func NewBitSet(n int) BitSet    { return make(BitSet, (n+63)/64) }
func (b BitSet) Set(i int)      { b[i/64] |= 1 << (uint(i) % 64) }
func (b BitSet) Clear(i int)    { b[i/64] &^= 1 << (uint(i) % 64) }
func (b BitSet) Has(i int) bool { return b[i/64]&(1<<(uint(i)%64)) != 0 }
func (b BitSet) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

func (b BitSet) Union(o BitSet) BitSet {
	out := make(BitSet, max(len(b), len(o)))
	copy(out, b)
	for i, w := range o {
		out[i] |= w
	}
	return out
}

func (b BitSet) String() string {
	var parts []string
	for i, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			parts = append(parts, fmt.Sprint(i*64+t))
			w &= w - 1
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func sieve(n int) BitSet {
	composite := NewBitSet(n + 1)
	composite.Set(0)
	composite.Set(1)
	for i := 2; i*i <= n; i++ {
		if !composite.Has(i) {
			for j := i * i; j <= n; j += i {
				composite.Set(j)
			}
		}
	}
	return composite
}

func main() {
	const N = 200000
	comp := sieve(N)
	primes := N + 1 - comp.Count()
	fmt.Println("primes below", N, "=", primes)
	var last []int
	for i := N; len(last) < 5; i-- {
		if !comp.Has(i) {
			last = append(last, i)
		}
	}
	fmt.Println(last)
	twin := 0
	for i := 3; i+2 <= N; i += 2 {
		if !comp.Has(i) && !comp.Has(i+2) {
			twin++
		}
	}
	fmt.Println("twin pairs:", twin)
	a, b := NewBitSet(130), NewBitSet(70)
	for _, i := range []int{1, 64, 65, 129} {
		a.Set(i)
	}
	b.Set(3)
	b.Set(64)
	a.Clear(65)
	fmt.Println(a, b, a.Union(b), a.Union(b).Count())
	goldbach := 0
	for n := 4; n <= 10000; n += 2 {
		for p := 2; p <= n/2; p++ {
			if !comp.Has(p) && !comp.Has(n-p) {
				goldbach++
				break
			}
		}
	}
	fmt.Println("goldbach ok:", goldbach == 4999)
}
