package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []any{0.0, 1.0, -2.5, 3.14159265, 1e21, 1e-7, float32(0.1), math.Inf(1), math.NaN(), 123456.789}
	verbs := []string{"%v", "%f", "%.2f", "%8.3f", "%-8.2f|", "%+f", "% .1f", "%e", "%E", "%.3e", "%g", "%G", "%.3g", "%#g", "%08.2f", "%x", "%b"}
	for _, v := range fs {
		for _, f := range verbs {
			fmt.Printf(f+" ", v)
		}
		fmt.Println()
	}
	fmt.Println(1e6, 1e21, 123456789.0, 0.000001, float32(1)/3, 2.0/3)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%v %.2f %+.1e\n", 1+2i, 3-4i, complex64(1e3+1i))
}
