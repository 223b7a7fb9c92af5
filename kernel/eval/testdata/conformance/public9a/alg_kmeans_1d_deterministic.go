package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Cluster struct {
	Center  float64
	Members []float64
}

func kmeans(xs []float64, k int, iters int) ([]Cluster, int) {
	sorted := append([]float64(nil), xs...)
	sort.Float64s(sorted)
	cs := make([]Cluster, k)
	for i := range cs {
		cs[i].Center = sorted[i*(len(sorted)-1)/max(1, k-1)]
	}
	for it := 1; it <= iters; it++ {
		for i := range cs {
			cs[i].Members = cs[i].Members[:0]
		}
		for _, x := range xs {
			best := 0
			for i := range cs {
				if math.Abs(x-cs[i].Center) < math.Abs(x-cs[best].Center) {
					best = i
				}
			}
			cs[best].Members = append(cs[best].Members, x)
		}
		moved := false
		for i := range cs {
			if len(cs[i].Members) == 0 {
				continue
			}
			sum := 0.0
			for _, m := range cs[i].Members {
				sum += m
			}
			nc := sum / float64(len(cs[i].Members))
			if math.Abs(nc-cs[i].Center) > 1e-9 {
				moved = true
			}
			cs[i].Center = nc
		}
		if !moved {
			return cs, it
		}
	}
	return cs, iters
}

func stats(xs []float64) (mean, std, median float64) {
	if len(xs) == 0 {
		return math.NaN(), math.NaN(), math.NaN()
	}
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		std += (x - mean) * (x - mean)
	}
	std = math.Sqrt(std / float64(len(xs)))
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if n := len(s); n%2 == 1 {
		median = s[n/2]
	} else {
		median = (s[n/2-1] + s[n/2]) / 2
	}
	return
}

func main() {
	data := []float64{1.0, 1.2, 0.8, 5.1, 4.9, 5.3, 9.7, 10.1, 10.4, 1.1, 5.0, 9.9, 20}
	cs, iters := kmeans(data, 3, 50)
	fmt.Println("iterations:", iters)
	for i, c := range cs {
		sort.Float64s(c.Members)
		m, s, md := stats(c.Members)
		fmt.Printf("c%d center=%.4f n=%d mean=%.3f std=%.3f median=%.2f %v\n", i, c.Center, len(c.Members), m, s, md, c.Members)
	}
	fmt.Println(stats(nil))
	hist := map[int]int{}
	for _, x := range data {
		hist[int(x/5)]++
	}
	for b := 0; b <= 4; b++ {
		fmt.Printf("[%2d,%2d) %s\n", b*5, b*5+5, strings.Repeat("#", hist[b]))
	}
}
