package main

import (
	"fmt"
	"math"
)

func Sqrt(x float64) (float64, int) {
	z := 1.0
	iters := 0
	for {
		iters++
		nz := z - (z*z-x)/(2*z)
		if math.Abs(nz-z) < 1e-12 {
			return nz, iters
		}
		z = nz
	}
}

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func SafeSqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z, _ := Sqrt(x)
	return z, nil
}

func main() {
	for _, x := range []float64{2, 9, 1e6, 0.25} {
		z, n := Sqrt(x)
		fmt.Printf("sqrt(%g) = %.10f after %d iterations, math: %.10f\n", x, z, n, math.Sqrt(x))
	}
	fmt.Println(SafeSqrt(2))
	fmt.Println(SafeSqrt(-2))
	var e error = ErrNegativeSqrt(-3)
	fmt.Printf("%v|%s|%T\n", e, e, e)
}
