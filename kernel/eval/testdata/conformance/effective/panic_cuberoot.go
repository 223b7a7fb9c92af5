package main

import (
	"fmt"
	"math"
)

func CubeRoot(x float64) float64 {
	z := x / 3
	for i := 0; i < 1e6; i++ {
		prevz := z
		z -= (z*z*z - x) / (3 * z * z)
		if veryClose(z, prevz) {
			return z
		}
	}
	panic(fmt.Sprintf("CubeRoot(%g) did not converge", x))
}

func veryClose(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

var user = ""

func init() {
	if user == "" {
		fmt.Println("no value for $USER (init keeps going)")
	}
}

func main() {
	fmt.Printf("%.6f %.6f\n", CubeRoot(27), CubeRoot(2))
	panic(fmt.Sprintf("fatal: %v", []int{1, 2}))
}
