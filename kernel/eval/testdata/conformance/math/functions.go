package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%.2f %.2f %.2f\n", math.Sqrt(2), math.Pow(2, 10), math.Cbrt(27))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(0.6*math.Pi)+3, math.Atan2(1, 1))
	fmt.Println(math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5), math.Round(-1.5), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Remainder(7, 3))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%.3f %.3f %.3f %.3f\n", math.Log(math.E), math.Log2(8), math.Log10(0.001), math.Exp(1))
	fmt.Printf("%.4f\n", math.Hypot(3, 4))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp, math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.Float64bits(1.0), math.Float32frombits(0x40490fdb))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5), math.FMA(2, 3, 4), math.Nextafter(1, 2)-1)
}
