package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	a := [1]float64{nan}
	fmt.Println(a == a, nan == nan, nan != nan)
	var x, y any = nan, nan
	fmt.Println(x == y)
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[0.0] = 3
	m[math.Copysign(0, -1)] = 4
	fmt.Println(len(m), m[0])
	type P struct{ F float64 }
	fmt.Println(P{nan} == P{nan}, P{0} == P{math.Copysign(0, -1)})
	sum := 0
	for k, v := range m {
		if k != k {
			sum += v
		}
	}
	fmt.Println(sum)
	fmt.Println(math.IsNaN(nan), math.Signbit(math.Copysign(0, -1)), 1/math.Inf(-1))
	fmt.Println(math.Max(nan, 1), math.Min(-0.0, 0), max(1.0, nan))
}
