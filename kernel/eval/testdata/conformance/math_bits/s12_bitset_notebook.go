package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet []uint64

func (b *BitSet) Set(i uint) {
	for uint(len(*b)) <= i/64 {
		*b = append(*b, 0)
	}
	(*b)[i/64] |= 1 << (i % 64)
}

func (b BitSet) Has(i uint) bool {
	return i/64 < uint(len(b)) && b[i/64]&(1<<(i%64)) != 0
}

func (b BitSet) Count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

func (b BitSet) Members() []uint {
	var out []uint
	for wi, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			out = append(out, uint(wi*64+t))
			w &= w - 1
		}
	}
	return out
}

func (b BitSet) String() string {
	var sb strings.Builder
	sb.WriteByte('{')
	for i, m := range b.Members() {
		if i > 0 {
			sb.WriteByte(' ')
		}
		fmt.Fprint(&sb, m)
	}
	sb.WriteByte('}')
	return sb.String()
}

func main() {
	var b BitSet
	for _, i := range []uint{1, 3, 64, 65, 130, 3} {
		b.Set(i)
	}
	fmt.Println(b, b.Count(), b.Has(64), b.Has(2), len(b))
	fmt.Printf("%v|%s\n", b, &b)
	x := uint32(0b1011_0000)
	fmt.Println(bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len32(x), bits.OnesCount32(x))
	fmt.Printf("%08b %032b\n", bits.Reverse8(0b0000_0110), bits.RotateLeft32(1, -1))
	fmt.Printf("%#x %#x\n", bits.ReverseBytes16(0x1234), bits.ReverseBytes64(0x0102030405060708))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	s, c := bits.Add64(^uint64(0), 1, 0)
	d, bo := bits.Sub64(0, 1, 0)
	fmt.Println(s, c, d, bo)
	fmt.Println(bits.UintSize, bits.Len(0), bits.Len64(1<<40))
}
