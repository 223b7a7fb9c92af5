package main

import "fmt"

func main() {
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {-1, 5}} {
		a, b := p[0], p[1]
		fmt.Printf("%d/%d=%d %d%%%d=%d\n", a, b, a/b, a, b, a%b)
	}
	x := -9
	fmt.Println(x>>1, x/2, x>>10, uint8(x)>>1)
	var u uint8 = 0b1011_0110
	fmt.Printf("%08b %08b %08b %08b %08b\n", u, u<<1, u>>2, ^u, u&^0b0110)
	fmt.Println(u&0x0f, u|0x0f, u^0xff, u&-u)
	n := 1
	for i := 0; i < 70; i += 10 {
		fmt.Print(n<<i, " ")
	}
	fmt.Println()
	var s uint = 65
	one32, one64 := int32(1), int64(1)
	fmt.Println(1<<s == 0, one32<<31, one64<<63)
	pop := 0
	for v := uint32(0xdeadbeef); v != 0; v &= v - 1 {
		pop++
	}
	fmt.Println(pop)
	isPow2 := func(n int) bool { return n > 0 && n&(n-1) == 0 }
	fmt.Println(isPow2(64), isPow2(96), isPow2(0))
	swap := func(a, b int) (int, int) { a ^= b; b ^= a; a ^= b; return a, b }
	fmt.Println(swap(3, 9))
	fmt.Println(-5>>1, -5/2, 5>>1, -1>>63, uint64(1)<<63>>63)
}
