package main

import (
	"fmt"
	"math"
	"slices"
	"sort"
)

type Stats struct {
	Mean, Median, StdDev, Min, Max float64
	Mode                           []float64
}

func Describe(xs []float64) Stats {
	s := slices.Clone(xs)
	sort.Float64s(s)
	var st Stats
	sum := 0.0
	for _, x := range s {
		sum += x
	}
	n := float64(len(s))
	st.Mean = sum / n
	if len(s)%2 == 1 {
		st.Median = s[len(s)/2]
	} else {
		st.Median = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	for _, x := range s {
		st.StdDev += (x - st.Mean) * (x - st.Mean)
	}
	st.StdDev = math.Sqrt(st.StdDev / n)
	st.Min, st.Max = s[0], s[len(s)-1]
	counts := map[float64]int{}
	best := 0
	for _, x := range s {
		counts[x]++
		best = max(best, counts[x])
	}
	for _, x := range slices.Compact(s) {
		if counts[x] == best {
			st.Mode = append(st.Mode, x)
		}
	}
	return st
}

func quickselect(a []int, k int) int {
	a = slices.Clone(a)
	lo, hi := 0, len(a)-1
	for {
		p := a[hi]
		i := lo
		for j := lo; j < hi; j++ {
			if a[j] < p {
				a[i], a[j] = a[j], a[i]
				i++
			}
		}
		a[i], a[hi] = a[hi], a[i]
		switch {
		case i == k:
			return a[i]
		case i < k:
			lo = i + 1
		default:
			hi = i - 1
		}
	}
}

func main() {
	st := Describe([]float64{2, 4, 4, 4, 5, 5, 7, 9})
	fmt.Printf("%+v\n", st)
	st = Describe([]float64{1.5, 3.25, -2, 3.25, 1.5})
	fmt.Printf("mean=%.3f median=%.2f sd=%.4f mode=%v\n", st.Mean, st.Median, st.StdDev, st.Mode)
	a := []int{7, 10, 4, 3, 20, 15}
	for k := range len(a) {
		fmt.Print(quickselect(a, k), " ")
	}
	fmt.Println(a)
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Floor(-1.5), math.Trunc(-1.7), math.Ceil(1.2))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.IsNaN(math.Sqrt(-1)), math.MaxFloat64 > 1e308)
	fmt.Printf("%.4f %.4f %.4f\n", math.Hypot(3, 4), math.Log2(1024), math.Cbrt(27))
}
