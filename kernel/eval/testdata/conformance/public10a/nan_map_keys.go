package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[math.NaN()]++
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	sum := 0
	for k, v := range m {
		if k != k {
			sum += v
		}
	}
	fmt.Println(sum)
	delete(m, nan)
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m))

	fs := []float64{3, nan, 1, 2}
	sort.Float64s(fs)
	fmt.Println(fs)
	fmt.Println(min(1.0, nan), max(nan, 1.0))
	var i interface{} = nan
	fmt.Println(i == i)
	a := [1]float64{nan}
	fmt.Println(a == a)
}
