package main

import "fmt"

// An untyped constant shift above math.MaxInt64 (1 << 63) assigned to a
// uint64 or uint variable inside a function: the interpreter panicked
// "constant 9223372036854775808 overflows int64" when the statement ran.

const signBit = 1 << 63

func flags() (uint64, uint) {
	var top uint64 = 1 << 63
	var u uint = signBit
	var mask uint64
	mask = 1<<63 | 1<<62
	return top | mask, u >> 62
}

func main() {
	a, b := flags()
	fmt.Println(a, b)
	var x uint64 = 1 << 63
	fmt.Println(x, x>>63)
}
