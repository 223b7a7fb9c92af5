package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	c := 3 + 4i
	fmt.Println(c, real(c), imag(c), cmplx.Abs(c))
	var c64 complex64 = complex(1.5, -2)
	fmt.Printf("%v %T %.2f\n", c64, c64, c64)
	fmt.Println(c*c, c/(1+1i), cmplx.Conj(c), -c)
	fmt.Println(cmplx.Sqrt(-1), cmplx.Exp(1i*3.141592653589793))
	fmt.Printf("%.3f\n", cmplx.Pow(2i, 2))
	fmt.Println(c == complex(3, 4), cmplx.IsNaN(cmplx.NaN()), cmplx.Inf())
	roots := make([]complex128, 4)
	for k := range roots {
		roots[k] = cmplx.Rect(1, float64(k)*3.141592653589793/2)
	}
	for _, r := range roots {
		fmt.Printf("(%.1f,%.1f) ", real(r), imag(r))
	}
	fmt.Println()
	r, th := cmplx.Polar(1i)
	fmt.Printf("%.4f %.4f\n", r, th)
}
