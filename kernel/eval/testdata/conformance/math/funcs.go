package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.2), math.Floor(-1.5), math.Ceil(1.2))
	fmt.Println(math.Trunc(-2.7), math.Round(2.5), math.RoundToEven(2.5), math.Mod(7, 3), math.Max(3, 7))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(1/math.Inf(1), 0))
	fmt.Printf("%.4f %.4f %.4f\n", math.Log(math.E), math.Log2(8), math.Log10(0.001))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/2), math.Atan2(1, 1), math.Hypot(3, 4))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxInt32)
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Float64bits(1.0), math.Signbit(-0.0), math.Copysign(3, -1))
	fmt.Println(math.Cbrt(27), math.Exp(0), math.Remainder(10, 3), math.Dim(5, 3))
}
