package main

import (
	"fmt"
	"math/bits"
)

type Perm uint16

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin Perm = 1 << 15
)

func (p Perm) String() string {
	s := []byte("---")
	if p&Read != 0 {
		s[0] = 'r'
	}
	if p&Write != 0 {
		s[1] = 'w'
	}
	if p&Exec != 0 {
		s[2] = 'x'
	}
	if p&Admin != 0 {
		return string(s) + "+A"
	}
	return string(s)
}

func main() {
	var p Perm = Read | Exec
	fmt.Println(p, p|Write, p&^Read, p^Admin, ^p&0x7)
	p |= Admin
	p &^= Exec
	fmt.Println(p, uint16(p), p>>15, p<<1)
	x := uint8(0b1011_0110)
	fmt.Printf("%08b %08b %08b %d %d\n", x, bits.RotateLeft8(x, 3), bits.Reverse8(x), bits.OnesCount8(x), bits.LeadingZeros8(x>>3))
	fmt.Println(bits.Len(1023), bits.TrailingZeros64(48), bits.Len64(0))
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)
	q, r := bits.Div64(0, 100, 7)
	fmt.Println(q, r)
	var n int32 = -8
	fmt.Println(n>>1, uint32(n)>>28, n<<28, -n&n)
	set := uint64(0)
	for _, v := range []int{1, 5, 63, 5} {
		set |= 1 << v
	}
	fmt.Printf("%#x %d\n", set, bits.OnesCount64(set))
	for i := 0; set != 0; i++ {
		tz := bits.TrailingZeros64(set)
		fmt.Print(tz, " ")
		set &= set - 1
	}
	fmt.Println()
	a, b := 12, 10
	fmt.Println(a&b, a|b, a^b, a&^b, -a>>1, ^a)
	var u uint = 1
	fmt.Println(u<<63>>63, int64(u<<63) < 0)
	isPow2 := func(v uint) bool { return v != 0 && v&(v-1) == 0 }
	fmt.Println(isPow2(64), isPow2(96), isPow2(0))
	gray := func(v uint) uint { return v ^ v>>1 }
	for i := uint(0); i < 8; i++ {
		fmt.Printf("%03b ", gray(i))
	}
	fmt.Println()
}
