package main

import "fmt"

// A shift count that is itself a non-constant shift of an untyped
// constant (1.0 << n) takes the count's type: it is no float, and the
// program compiles.
func main() {
	n := uint(2)
	x := 3
	fmt.Println(x << (1 << n))
	fmt.Println(x << (1.0 << n))
	fmt.Println(x >> (2.0 >> n))
	var u uint8 = 1
	fmt.Println(u << (1. << u))
	fmt.Println(1<<n, 2.0*float64(int(1)<<n))
}
