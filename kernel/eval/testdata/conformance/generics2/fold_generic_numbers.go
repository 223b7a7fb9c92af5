package main

import (
	"fmt"
	"math"
)

type Real interface{ ~float32 | ~float64 }

func Mean[T Real](xs []T) T {
	if len(xs) == 0 {
		return T(math.NaN())
	}
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}

func Variance[T Real](xs []T) T {
	m := Mean(xs)
	var s T
	for _, x := range xs {
		d := x - m
		s += d * d
	}
	return s / T(len(xs))
}

type Kelvin float32

func main() {
	xs := []float64{2, 4, 4, 4, 5, 5, 7, 9}
	fmt.Println(Mean(xs), Variance(xs), math.Sqrt(Variance(xs)))
	ks := []Kelvin{300, 301.5}
	fmt.Printf("%v %T\n", Mean(ks), Mean(ks))
	fmt.Println(math.IsNaN(Mean([]float64{})))
}
