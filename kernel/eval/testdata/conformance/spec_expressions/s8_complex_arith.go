package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	a := 3 + 4i
	b := complex(1, -2)
	fmt.Println(a+b, a*b, a/b, real(a), imag(b))
	fmt.Println(cmplx.Abs(a), a == complex(3, 4))
	var c64 complex64 = complex64(a)
	fmt.Printf("%T %v %.2f\n", c64, c64*2, c64)
	fmt.Println(cmplx.Sqrt(-1), cmplx.Conj(a))
	z := 0i
	fmt.Println(z == 0, 1i*1i)
}
