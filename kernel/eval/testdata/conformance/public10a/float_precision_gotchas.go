package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(0.1+0.2 == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3, a+b)
	const c = 0.1 + 0.2
	fmt.Println(c == 0.3) // constants are exact
	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32, float32(0.1))
	fmt.Println(math.Abs(a+b-0.3) < 1e-9)
	fmt.Println(1/3.0, float32(1)/3, 2.0/3)
	fmt.Println(math.Inf(1)-math.Inf(1), math.Inf(1)*0, -math.MaxFloat64*a*20)
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Floor(-0.5), math.Trunc(-1.7))
	fmt.Println(int(2.9999999999999999*a*10), int64(math.Pow(10, 15)))
	fmt.Println(strconv.FormatFloat(1.0/3, 'g', 5, 64), strconv.FormatFloat(1e21, 'f', -1, 64))
	fmt.Printf("%.2f %.0f %.0f %e %g %g\n", 2.675, 0.5, 1.5, 123456.789, 1e-7, 100000000.0)
	var sum float64
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0)
	fmt.Println(math.Float64bits(1.0), math.Float32bits(-0.0), math.Nextafter(1, 2)-1)
}
