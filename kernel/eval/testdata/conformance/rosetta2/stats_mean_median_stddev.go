package main

import (
	"fmt"
	"math"
	"sort"
)

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func modes(xs []int) []int {
	c := map[int]int{}
	best := 0
	for _, x := range xs {
		c[x]++
		best = max(best, c[x])
	}
	var out []int
	for k, v := range c {
		if v == best {
			out = append(out, k)
		}
	}
	sort.Ints(out)
	return out
}

func stddevAcc() func(float64) float64 {
	var n, sum, sum2 float64
	return func(x float64) float64 {
		n++
		sum += x
		sum2 += x * x
		return math.Sqrt(sum2/n - (sum/n)*(sum/n))
	}
}

func entropy(s string) float64 {
	m := map[rune]float64{}
	for _, r := range s {
		m[r]++
	}
	h := 0.0
	n := float64(len([]rune(s)))
	keys := make([]rune, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		p := m[k] / n
		h -= p * math.Log2(p)
	}
	return h
}

func main() {
	xs := []float64{4.1, 5.6, 7.2, 1.7, 9.3, 4.4, 3.2}
	fmt.Printf("mean %.4f median %.4f\n", mean(xs), median(xs))
	fmt.Println(median([]float64{4.1, 7.2, 1.7, 9.3, 4.4, 3.2}))
	fmt.Println(modes([]int{1, 3, 6, 6, 6, 6, 7, 7, 12, 12, 17}), modes([]int{1, 1, 2, 4, 4}))
	acc := stddevAcc()
	var last float64
	for _, x := range []float64{2, 4, 4, 4, 5, 5, 7, 9} {
		last = acc(x)
	}
	fmt.Println(last)
	fmt.Printf("%.15f\n", entropy("1223334444"))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.MaxInt64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Floor(-1.5), math.Trunc(-1.5), math.Mod(7, -3), math.Hypot(3, 4))
}
