package main

import (
	"fmt"
	"math/cmplx"
)

func mandelbrot(c complex128) int {
	z := complex(0, 0)
	for i := 0; i < 50; i++ {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return 50
}

func main() {
	chars := " .:-=+*#%@"
	for y := 1.2; y >= -1.2; y -= 0.2 {
		line := make([]byte, 0, 64)
		for x := -2.1; x <= 0.6; x += 0.05 {
			n := mandelbrot(complex(x, y))
			line = append(line, chars[n*(len(chars)-1)/50])
		}
		fmt.Println(string(line))
	}
	fmt.Println(cmplx.Sqrt(-1), cmplx.Exp(complex(0, 3.141592653589793)), real(3+4i), imag(3+4i))
}
