package main

import (
	"fmt"
	"math/bits"
	"strconv"
)

func gray(n uint) uint { return n ^ (n >> 1) }
func ungray(g uint) uint {
	n := g
	for s := uint(1); s < 64; s <<= 1 {
		n ^= n >> s
	}
	return n
}

func subsets(items []string) [][]string {
	var out [][]string
	for mask := 0; mask < 1<<len(items); mask++ {
		var s []string
		for i := range items {
			if mask&(1<<i) != 0 {
				s = append(s, items[i])
			}
		}
		out = append(out, s)
	}
	return out
}

func main() {
	for i := uint(0); i < 8; i++ {
		g := gray(i)
		fmt.Printf("%d %03b %03b %d\n", i, i, g, ungray(g))
	}
	var x uint64 = 0xF0F0_0000_0000_0001
	fmt.Println(bits.OnesCount64(x), bits.LeadingZeros64(x>>4), bits.TrailingZeros64(x&^1), bits.Len64(x))
	fmt.Println(bits.RotateLeft8(0b10010001, 1), bits.Reverse8(0b00000110), bits.ReverseBytes16(0x1234) == 0x3412)
	hi, lo := bits.Mul64(1<<63, 6)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(hi, lo, sum, carry)
	fmt.Println(subsets([]string{"a", "b", "c"}))
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	fmt.Println(u8, i8, -(-128), ^0, ^uint16(0), 1<<3|1<<1, 6&^3)
	n, _ := strconv.ParseUint("11111111", 2, 8)
	fmt.Println(n, strconv.FormatInt(-255, 16), bits.UintSize)
	isPow2 := func(v int) bool { return v > 0 && v&(v-1) == 0 }
	fmt.Println(isPow2(64), isPow2(96), isPow2(0))
}
