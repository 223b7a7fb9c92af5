package main

import (
	"fmt"
	"math"
	"sort"
)

type Sample []float64

func (s Sample) Mean() float64 {
	var t float64
	for _, v := range s {
		t += v
	}
	return t / float64(len(s))
}

func (s Sample) StdDev() float64 {
	m := s.Mean()
	var t float64
	for _, v := range s {
		t += (v - m) * (v - m)
	}
	return math.Sqrt(t / float64(len(s)-1))
}

func (s Sample) Median() float64 {
	c := append(Sample(nil), s...)
	sort.Float64s(c)
	n := len(c)
	if n%2 == 1 {
		return c[n/2]
	}
	return (c[n/2-1] + c[n/2]) / 2
}

type Stat interface{ Mean() float64 }

func main() {
	s := Sample{2, 4, 4, 4, 5, 5, 7, 9}
	fmt.Printf("mean=%.3f sd=%.4f median=%.2f\n", s.Mean(), s.StdDev(), s.Median())
	var st Stat = s
	fmt.Println(st.Mean(), s)
	f := Sample.Median
	fmt.Println(f(Sample{3, 1, 2}))
	g := s.StdDev
	s[0] = 100
	fmt.Printf("%.4f\n", g())
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.RoundToEven(3.5))
	fmt.Println(math.Sqrt(-1), math.Log(-1), math.Pow(0, -1), math.Exp(710))
	sin, cos := math.Sincos(math.Pi / 6)
	fmt.Printf("%.6f %.6f %.6f\n", sin, cos, math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f\n", math.Gamma(5), math.Erf(0.5))
	lg, sign := math.Lgamma(-0.5)
	fmt.Printf("%.6f %d\n", lg, sign)
	fmt.Println(math.IsInf(math.Inf(0), 0), math.Abs(-0.0), math.FMA(2, 3, 4))
}
