package main

import (
	"fmt"
	"math/cmplx"
)

// Constant expressions with complex operands divide exactly, also by an
// integer constant; integer constants still divide as integers.

const (
	third     = 2i / 3
	thirdToo  = complex(0, 2) / 3
	product   = (1 + 2i) * (3 - 1i) / 2
	intQuo    = 7 / 2
	floatQuo  = 7.0 / 2
	mixedImag = imag(1i + 2i/3 - 5i/3)
)

func main() {
	fmt.Println(third, thirdToo, third == thirdToo)
	fmt.Println(product, intQuo, floatQuo, mixedImag)
	var f float64 = 7 / 2
	var z complex128 = 4i / 2
	fmt.Println(f, z, cmplx.Abs(product/2))
	rot := 1i / 1
	fmt.Println(rot * rot)
}
