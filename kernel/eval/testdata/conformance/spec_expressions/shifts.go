package main

import "fmt"

func main() {
	var x uint8 = 1
	fmt.Println(x<<7, x<<8, x<<9)
	var s uint = 3
	fmt.Println(1<<s, -8>>1, -8>>s, int8(-128)>>7)
	var i int64 = 1
	fmt.Println(i<<62, i<<63, i<<64)
	var u uint32 = 0xF0000000
	fmt.Println(u>>28, u<<4, u>>40)
	n := 70
	fmt.Println(uint64(1)<<n, 1<<(n%64))
	const c = 1 << 10
	fmt.Println(c, c>>3)
}
