package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 123456789.125, 1e-5, 1e-4, 5e-324,
		math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1)}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%.3f|%G|%8.2g|%s|%s|%s\n", v, v, v, v, v, v,
			strconv.FormatFloat(v, 'f', -1, 64),
			strconv.FormatFloat(v, 'e', 3, 64),
			strconv.FormatFloat(v, 'g', 5, 32))
	}
	f32 := []float32{0.1, 1.0 / 3, 16777217, 3.4e38}
	for _, v := range f32 {
		fmt.Println(v, float64(v), strconv.FormatFloat(float64(v), 'g', -1, 32))
	}
	for _, s := range []string{"3.14", "1e400", "-0", "0x1p-2", "inf", "NaN", "1_000.5", "abc", ".5", "5."} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Trunc(-2.7), math.Floor(-2.5), math.Ceil(-2.5))
	fmt.Println(math.Mod(7, -3), math.Remainder(7, 3), math.Float64bits(1.0), math.Float32bits(-2))
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1)+float32(0.2))
	var z float64
	fmt.Println(1/z, -1/z, z/z == z/z, int64(float64(1<<62)), int(z+2.9), int(z-2.9))
	fmt.Printf("%5.1f|%-7.3e|%+.0f|%#g|%#.3x\n", 3.25, 0.000123, 2.5, 1.0, 1.0)
	fmt.Println(strconv.AppendFloat([]byte("x="), 1.5, 'f', 2, 64), string(strconv.AppendFloat(nil, 255, 'x', -1, 64)))
}
