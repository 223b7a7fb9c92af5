package main

import "fmt"

func main() {
	x := 0b1100
	y := 0b1010
	fmt.Println(x&y, x|y, x^y, x&^y, x<<2, x>>2, ^x)
	x &^= 4
	fmt.Println(x)
	x <<= 1
	x |= 1
	fmt.Println(x)
	b := !true || false && true
	fmt.Println(b)
	ch := make(chan int, 1)
	ch <- 5
	fmt.Println(<-ch)
	p := &x
	*p--
	fmt.Println(x, -x, +x)
}
