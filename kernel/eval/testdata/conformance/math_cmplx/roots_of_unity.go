package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func roots(n int) []complex128 {
	var out []complex128
	for k := 0; k < n; k++ {
		out = append(out, cmplx.Rect(1, 2*math.Pi*float64(k)/float64(n)))
	}
	return out
}

func main() {
	sum := complex(0, 0)
	for i, r := range roots(6) {
		fmt.Printf("%d: %6.3f\n", i, r)
		sum += r
	}
	fmt.Printf("sum %.3f abs<1e-9 %v\n", sum, cmplx.Abs(sum) < 1e-9)
	fmt.Printf("%v %+.2e %8.2f|\n", 1.5-2i, complex(1e6, -3), complex64(2+0.5i))
	fmt.Println(1i*1i == -1, complex(math.Inf(1), 0))
}
