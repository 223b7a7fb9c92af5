package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func fft(a []complex128) []complex128 {
	n := len(a)
	if n == 1 {
		return []complex128{a[0]}
	}
	even := make([]complex128, n/2)
	odd := make([]complex128, n/2)
	for i := 0; i < n/2; i++ {
		even[i] = a[2*i]
		odd[i] = a[2*i+1]
	}
	e, o := fft(even), fft(odd)
	out := make([]complex128, n)
	for k := 0; k < n/2; k++ {
		t := cmplx.Exp(complex(0, -2*math.Pi*float64(k)/float64(n))) * o[k]
		out[k] = e[k] + t
		out[k+n/2] = e[k] - t
	}
	return out
}

func round(c complex128) complex128 {
	r := func(x float64) float64 {
		v := math.Round(x*1e6) / 1e6
		if v == 0 {
			return 0
		}
		return v
	}
	return complex(r(real(c)), r(imag(c)))
}

func main() {
	in := []complex128{1, 1, 1, 1, 0, 0, 0, 0}
	for _, c := range fft(in) {
		fmt.Printf("%.4f ", round(c))
	}
	fmt.Println()
	for k := 0; k < 5; k++ {
		w := cmplx.Rect(1, 2*math.Pi*float64(k)/5)
		fmt.Printf("%v ", round(w))
	}
	fmt.Println()
	z := complex(3, 4)
	fmt.Println(cmplx.Abs(z), round(cmplx.Sqrt(z)), cmplx.Conj(z), round(cmplx.Log(z)), cmplx.Phase(-1))
	r, th := cmplx.Polar(z)
	fmt.Printf("%.4f %.4f\n", r, th)
	fmt.Println(round(cmplx.Pow(1i, 2)), cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()), round(cmplx.Exp(1i*math.Pi)))
	a, b, c := 1.0, 2.0, 5.0
	d := cmplx.Sqrt(complex(b*b-4*a*c, 0))
	x1 := (complex(-b, 0) + d) / complex(2*a, 0)
	x2 := (complex(-b, 0) - d) / complex(2*a, 0)
	fmt.Println("roots:", x1, x2)
	var c64 complex64 = 1 + 1i
	fmt.Printf("%v %.2f %g %T\n", c64*c64, c64, complex128(c64)/2, real(c64))
	fmt.Println(z == complex(3, 4), 0i == 0)
}
