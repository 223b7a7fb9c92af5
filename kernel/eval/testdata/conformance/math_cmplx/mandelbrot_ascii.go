package main

import (
	"fmt"
	"math/cmplx"
	"strings"
)

func iter(c complex128) int {
	z := complex(0, 0)
	for i := 0; i < 30; i++ {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return 30
}

func main() {
	for y := 1.0; y >= -1.0; y -= 0.25 {
		var b strings.Builder
		for x := -2.0; x <= 0.5; x += 0.125 {
			n := iter(complex(x, y))
			switch {
			case n == 30:
				b.WriteByte('#')
			case n > 5:
				b.WriteByte('+')
			default:
				b.WriteByte('.')
			}
		}
		fmt.Println(b.String())
	}
}
