package main

import (
	"fmt"
	"math/cmplx"
	"strings"
)

func escape(c complex128, limit int) int {
	z := complex(0, 0)
	for i := range limit {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return limit
}

func main() {
	const w, h = 48, 16
	shades := " .:-=+*#%@"
	var b strings.Builder
	for y := range h {
		for x := range w {
			c := complex(-2.2+3.0*float64(x)/w, -1.2+2.4*float64(y)/h)
			n := escape(c, 30)
			b.WriteByte(shades[n*(len(shades)-1)/30])
		}
		b.WriteByte('\n')
	}
	fmt.Print(b.String())
	z := 3 + 4i
	fmt.Println(z, real(z), imag(z), cmplx.Abs(z), cmplx.Conj(z), z*z, z/2)
	var c64 complex64 = complex64(z)
	fmt.Printf("%v %.2f %T\n", c64, z, c64)
	fmt.Println(cmplx.Sqrt(-1), cmplx.Exp(complex(0, 3.141592653589793)))
}
