package main

import (
	"fmt"
	"strings"
)

func main() {
	const w, h, maxIter = 60, 20, 50
	chars := " .:-=+*#%@"
	for y := 0; y < h; y++ {
		var b strings.Builder
		for x := 0; x < w; x++ {
			c := complex(-2.2+3.0*float64(x)/w, -1.2+2.4*float64(y)/h)
			z := complex(0, 0)
			n := 0
			for ; n < maxIter; n++ {
				z = z*z + c
				if real(z)*real(z)+imag(z)*imag(z) > 4 {
					break
				}
			}
			b.WriteByte(chars[n*(len(chars)-1)/maxIter])
		}
		fmt.Println(strings.TrimRight(b.String(), " "))
	}
}
