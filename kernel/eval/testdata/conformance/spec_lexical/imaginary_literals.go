package main

import "fmt"

func main() {
	fmt.Println(0i, 123i, 0o123i, 0xabci, 2.71828i, 1.e+0i, 6.67428e-11i, 1e3i, .25i, 0x1p-2i)
	c := 3 + 4i
	fmt.Println(real(c), imag(c), c*c)
}
