package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c), cmplx.Abs(c))
	var c64 complex64 = complex(1, 2)
	fmt.Printf("%T %v\n", c64, c64*c64)
	fmt.Println(cmplx.Sqrt(-1), c/2, c == complex(3, 4))
	fmt.Printf("%.2f\n", cmplx.Exp(1i*3.141592653589793))
}
