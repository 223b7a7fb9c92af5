package main

import "fmt"

func main() {
	var s uint = 3
	var i int = 5
	fmt.Println(1<<s, 1<<i, -8>>1, -1>>10, uint8(s)<<7)
	var x int8 = -128
	fmt.Println(x>>1, x>>7, x<<1)
	var u32 uint32 = 1
	fmt.Println(u32<<31, u32<<32, u32<<40)
	var big uint = 100
	fmt.Println(1<<big == 0, int64(-1)>>big)
	var n int = 2
	fmt.Println(3<<n, uint8(1)<<n)
	var f = 1 << s
	fmt.Printf("%T %v\n", f, f)
	var k int64 = 1
	fmt.Println(k<<62, k<<63, k<<64)
}
