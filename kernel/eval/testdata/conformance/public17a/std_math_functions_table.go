package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%.4f %.4f %.4f\n", math.Sqrt(2), math.Cbrt(27), math.Hypot(3, 4))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(0), math.Atan2(1, 1))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Trunc(-2.7))
	fmt.Println(math.Mod(7, 3), math.Remainder(7, 3), math.Pow(2, 10), math.Exp2(3))
	fmt.Printf("%.6f %.6f %.6f\n", math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	frac, exp := math.Frexp(8)
	i, f := math.Modf(3.75)
	fmt.Println(frac, exp, i, f, math.Ldexp(0.5, 4))
	fmt.Println(math.Float64bits(1.0), math.Float32frombits(0x40490fdb), math.Nextafter(1, 2)-1)
	fmt.Println(math.MaxInt32, math.MinInt16, math.MaxFloat32, math.Inf(1) > math.MaxFloat64)
	fmt.Println(math.Abs(-0.0), math.Copysign(3, -1), math.Dim(5, 3), math.Dim(3, 5), math.FMA(2, 3, 4))
}
