package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	z := complex(3, 4)
	fmt.Println(cmplx.Abs(z), real(z), imag(z))
	fmt.Printf("%.4f\n", cmplx.Phase(z))
	r, th := cmplx.Polar(z)
	fmt.Printf("%.4f %.4f\n", r, th)
	fmt.Printf("%.4f\n", cmplx.Rect(2, math.Pi/2))
	fmt.Printf("%.4f\n", cmplx.Sqrt(-1))
	fmt.Printf("%.4f\n", cmplx.Exp(complex(0, math.Pi)))
	fmt.Println(cmplx.Conj(z), z*cmplx.Conj(z))
	fmt.Println(cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()))
	fmt.Printf("%.3f %.3f\n", cmplx.Log(z), cmplx.Pow(z, 2))
	var c64 complex64 = 1 + 2i
	fmt.Println(c64*c64, c64/2)
}
