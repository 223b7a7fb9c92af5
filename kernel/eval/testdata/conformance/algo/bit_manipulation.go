package main

import (
	"fmt"
	"math/bits"
)

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func isPowerOfTwo(x int) bool { return x > 0 && x&(x-1) == 0 }

func reverseBits(x uint32) uint32 {
	var r uint32
	for range 32 {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func singleNumber(xs []int) int {
	r := 0
	for _, x := range xs {
		r ^= x
	}
	return r
}

func grayCode(n int) []string {
	var out []string
	for i := range 1 << n {
		out = append(out, fmt.Sprintf("%0*b", n, i^(i>>1)))
	}
	return out
}

type Bitset [2]uint64

func (b *Bitset) Set(i int)     { b[i/64] |= 1 << (i % 64) }
func (b *Bitset) Clear(i int)   { b[i/64] &^= 1 << (i % 64) }
func (b Bitset) Has(i int) bool { return b[i/64]&(1<<(i%64)) != 0 }
func (b Bitset) Count() int     { return bits.OnesCount64(b[0]) + bits.OnesCount64(b[1]) }

func main() {
	for _, x := range []uint64{0, 1, 255, 1<<63 | 1, 0xdeadbeef} {
		fmt.Print(popcount(x), "=", bits.OnesCount64(x), " ")
	}
	fmt.Println()
	fmt.Println(isPowerOfTwo(1), isPowerOfTwo(64), isPowerOfTwo(96), isPowerOfTwo(0), isPowerOfTwo(-8))
	fmt.Println(reverseBits(1), reverseBits(43261596) == bits.Reverse32(43261596))
	fmt.Println(singleNumber([]int{4, 1, 2, 1, 2}))
	fmt.Println(grayCode(3))
	fmt.Println(bits.LeadingZeros32(1), bits.TrailingZeros(8), bits.Len(255), bits.RotateLeft8(0b10010001, 1))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)
	var b Bitset
	for _, i := range []int{0, 3, 64, 127, 3} {
		b.Set(i)
	}
	b.Clear(0)
	fmt.Println(b.Has(3), b.Has(0), b.Has(127), b.Count())
	x := int8(-1)
	fmt.Println(uint8(x), x>>1, uint8(x)>>1, -7/2, -7>>1, -7%3, 7&^5)
	var u uint = 1
	fmt.Println(u<<63>>63, ^0, ^uint8(3), 1<<3|1<<1)
	fmt.Printf("%08b %08b %08b\n", 0b1100&0b1010, 0b1100|0b1010, 0b1100^0b1010)
}
