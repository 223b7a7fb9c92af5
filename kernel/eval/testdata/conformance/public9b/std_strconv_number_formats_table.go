package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, -0.0, 1, -1.5, 3.14159265358979, 1e6, 1e21, 1.5e-5, 123456789.125, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.NaN()}
	for _, v := range vals {
		fmt.Printf("%-24v|%-12g|%-14e|%-12.3f|%s|%s\n", v, v, v, v, strconv.FormatFloat(v, 'g', 4, 64), strconv.FormatFloat(v, 'b', -1, 64))
	}
	for _, v := range []float32{0.1, 1.0 / 3, 16777217} {
		fmt.Println(v, float64(v), strconv.FormatFloat(float64(v), 'g', -1, 32))
	}
	fmt.Println(math.Copysign(0, -1), 1/math.Inf(-1), math.Signbit(math.Copysign(0, -1)))
	fmt.Printf("%v %.0f %.0f %.0f %.0f\n", math.Round(2.5), 2.5, 3.5, -2.5, 0.5)
	fmt.Println(math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5), math.RoundToEven(2.5), math.Mod(-7, 3), math.Remainder(7, 3))
	for _, s := range []string{"1e3", "0x10", "1_000.5", "+.5", "-0", "1e-400", "4e38"} {
		f64, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f64, err, f32, err32)
	}
	for _, base := range []int{2, 8, 16, 36} {
		fmt.Print(strconv.FormatInt(-255, base), " ")
	}
	fmt.Println()
	for _, s := range []string{"0b101", "0o17", "0x_ff", "017", "1__0"} {
		n, err := strconv.ParseInt(s, 0, 32)
		fmt.Println(s, n, err)
	}
	fmt.Printf("%6.2f|%-8.3e|%+.0f|%x|%X\n", math.Pi, -math.E, 2.5, 1.0, 255.5)
	fmt.Printf("%5.1f%%|%05d|%-5d|%x\n", 12.345, -42, 7, -1)
	fmt.Println(strconv.FormatComplex(complex(1.5, -2), 'f', 1, 128))
	c, err := strconv.ParseComplex("(3+4i)", 128)
	fmt.Println(c, err)
}
