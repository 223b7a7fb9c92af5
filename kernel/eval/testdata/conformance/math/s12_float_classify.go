package main

import (
	"fmt"
	"math"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Vec struct{ X, Y float64 }

func (v Vec) Len() float64 { return math.Hypot(v.X, v.Y) }
func (v Vec) Angle() float64 {
	return math.Atan2(v.Y, v.X) * 180 / math.Pi
}

func classify(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "+inf"
	case math.IsInf(f, -1):
		return "-inf"
	case f == 0 && math.Signbit(f):
		return "-zero"
	case f == 0:
		return "zero"
	}
	return "finite"
}

func main() {
	vals := []float64{1.5, math.NaN(), math.Inf(1), math.Inf(-1), math.Copysign(0, -1), 0}
	for _, v := range vals {
		fmt.Printf("%v:%s ", v, classify(v))
	}
	fmt.Println()
	temps := []Celsius{-3.25, 21.75, 100}
	var sum Celsius
	for _, t := range temps {
		sum += t
	}
	fmt.Println(temps, sum/Celsius(len(temps)), Celsius(math.Round(float64(sum))))
	v := Vec{3, 4}
	fmt.Printf("%.3f %.3f\n", v.Len(), v.Angle())
	fr, ex := math.Frexp(12.5)
	fmt.Println(fr, ex, math.Ldexp(fr, ex))
	ip, fp := math.Modf(-3.75)
	fmt.Println(ip, fp, math.Trunc(-3.75), math.Floor(-3.75), math.Ceil(-3.75))
	fmt.Println(math.Remainder(10, 3), math.Mod(10, 3), math.Mod(-10, 3))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Nextafter(1, 2)-1 == math.Pow(2, -52), math.MaxInt32, math.MinInt64)
	fmt.Printf("%.4f %.4f %.4f\n", math.Cbrt(27), math.Log2(1024), math.Log10(0.001))
	fmt.Println(math.Max(math.NaN(), 1), math.Min(-0.0, 0), math.Dim(5, 3), math.Dim(3, 5))
}
