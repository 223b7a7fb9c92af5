package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	negZero := math.Copysign(0, -1)
	nan := math.NaN()
	inf := math.Inf(1)
	vals := []float64{0, negZero, 1, -1.5, 1e21, 1e-7, 123456789.0, 0.1 + 0.2, nan, inf, -inf, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%.3f|%8.2f|%-8.1g|%+.2e\n", v, v, v, v, v, v, v)
	}
	fmt.Println(negZero == 0, math.Signbit(negZero), 1/negZero, nan == nan, nan != nan)
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', -1, 64), float32(0.1))
	fmt.Println(strconv.FormatFloat(1234.5678, 'g', 5, 64), strconv.FormatFloat(1234.5678, 'e', 3, 64))
	fmt.Println(float32(16777217), float64(float32(0.1)))
	var f32 float32 = 1.0 / 3
	fmt.Println(f32, float64(f32), 1.0/3)
	fmt.Printf("%x %X %b\n", 1.0, 255.5, 2.0)
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%v %v\n", []float64{1, 2.5, nan}, map[string]float64{"z": negZero})
	fmt.Println(math.Round(-0.5), math.Round(2.5), math.RoundToEven(2.5), math.Trunc(-2.7), math.Floor(-2.5), math.Ceil(-0.2))
	fmt.Println(math.Mod(7, -3), math.Remainder(7, 3), math.Sqrt(-1), math.Log(0))
	c := complex(1, -2)
	fmt.Println(c, real(c), imag(c), c*c)
	fmt.Printf("%.2f %v\n", c, complex(negZero, nan))
	for _, s := range []string{"1e400", "-1e400", "nan", "inf", "0x1p-2", "1_000.5", ".5e1"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
}
