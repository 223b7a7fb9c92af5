package main

import "fmt"

func main() {
	const s = 10
	var f float64 = 1 << s
	fmt.Println(f)
	n := uint(3)
	var i int64 = 1 << n
	fmt.Println(i)
	var j = 1 << n
	fmt.Printf("%T %v\n", j, j)
	fmt.Println(1<<62, 1<<63-1, -1<<63)
	const big = 1 << 500
	fmt.Println(big >> 499)
	var k uint8 = 1 << 7
	fmt.Println(k, k<<1, k>>7)
	fmt.Println(uint64(1)<<63, int32(-1)>>31, uint16(0xffff)>>8)
}
