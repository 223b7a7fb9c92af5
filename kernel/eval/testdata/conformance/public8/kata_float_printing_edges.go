package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(0.1+0.2, 1e21, 1e20, 1e-7, 123456789.0, float32(0.1), float32(16777217))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, -0.0, math.Copysign(0, -1))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), 2.0, 2.5e-3)
	for _, f := range []float64{3.0, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e-5, 12345.678} {
		fmt.Printf("%v|%g|%e|%.3f|%6.2f|%G|%.3g\n", f, f, f, f, f, f, f)
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 32), strconv.FormatFloat(1.0/3, 'f', -1, 64), strconv.FormatFloat(2.5, 'e', 3, 64))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Floor(-1.5), math.Trunc(-1.5), math.Ceil(1.2))
	a, b, big := 2.9, -2.9, 300
	fmt.Println(int(a), int(b), int64(math.Pow(2, 52)), uint8(big))
	var f32 float32 = 1.1
	fmt.Println(float64(f32), f32*f32, math.Float32bits(f32))
	fmt.Printf("%x %b\n", 1.5, 0.75)
	fmt.Println(math.Mod(7.5, 2), math.Remainder(7.5, 2), math.Hypot(3, 4), math.Cbrt(27))
	fmt.Printf("%8.3e|%-10.1f|%+.0f|%#g\n", 123456.789, 3.14159, 2.5, 1.0)
}
