package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1, 0.5, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e21, 1.5e-7, 123456.789, math.Pi, math.E, -0.0, 5e-324, math.MaxFloat32}
	for _, v := range vals {
		fmt.Printf("%-24s|%v|%g|%e|%.3f|%8.2f|%-8.1e|%G|%.0f\n", strconv.FormatFloat(v, 'g', -1, 64), v, v, v, v, v, v, v, v)
	}
	for _, v := range []float32{0.1, 1.0 / 3, 16777217, 3.4e38} {
		fmt.Println(v, float64(v), strconv.FormatFloat(float64(v), 'g', -1, 32), fmt.Sprintf("%.10g", v))
	}
	for _, p := range []int{0, 1, 2, 5, 10, 17} {
		fmt.Print(strconv.FormatFloat(math.Pi, 'f', p, 64), " ")
	}
	fmt.Println()
	fmt.Printf("%6.2f%%|%+.1f|% .2f|%08.3f|%-8.2f|\n", 12.345, 3.0, 2.5, -1.5, 9.999)
	fmt.Printf("%.2f %.2f %.2f %.2f\n", 2.675, 1.005, 0.125, 0.375)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%v %v %v\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%5.1f|%-6v|%+v\n", math.Inf(1), math.NaN(), math.Inf(1))
	fmt.Printf("%x %X %b\n", 1.5, -0.1, 0.25)
	fmt.Printf("%.3x\n", math.Pi)
	fmt.Printf("%T %T\n", 1e3, float32(1))
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("-1e-400", 64)
	fmt.Println(f, err, math.Signbit(f))
	f, err = strconv.ParseFloat("0x1.8p1", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("Infinity", 64)
	fmt.Println(f, err)
	fmt.Println(math.Float64bits(0.1), math.Float64frombits(0x3ff8000000000000))
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1, math.Abs(sum-1) < 1e-9, fmt.Sprintf("%.20f", sum))
}
