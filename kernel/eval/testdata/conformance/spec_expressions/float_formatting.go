package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265, 1e6, 1e21, 1e-7, 123456789.0, 0.1 + 0.2, math.Inf(1), math.NaN(), -0.0}
	for _, v := range vals {
		fmt.Printf("%v|%g|%.2f|%e|%8.3f|%-8.1f|\n", v, v, v, v, v, v)
	}
	fmt.Println(float32(0.1), float64(float32(0.1)), 1/3.0)
	fmt.Println(strconv.FormatFloat(2.5, 'f', -1, 64), strconv.FormatFloat(1.0/3, 'g', 5, 64))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Floor(-1.1), math.Trunc(-1.9), math.Ceil(1.1))
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3), math.Mod(7, 3), math.Hypot(3, 4))
	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32, float64(f32)+1)
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Printf("%x %X %o %b %c %U\n", 255, 255, 8, 5, 'G', 'é')
	fmt.Printf("%5d|%-5d|%05d|%+d|% d\n", 42, 42, 42, 42, 42)
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Println(0.1+0.2 == 0.3, math.Abs(0.1+0.2-0.3) < 1e-9)
	c := complex(1, 2)
	fmt.Println(c*c, real(c), imag(c), fmt.Sprintf("%.1f", c))
}
