package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	data := []float64{2.3, 4.5, 1.1, 7.8, 5.5, 3.3, 9.9, 6.1, 4.4, 5.0, 5.9, 2.2, 8.8}
	buckets := make(map[int]int)
	for _, d := range data {
		buckets[int(d/2)]++
	}
	keys := make([]int, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("[%2d,%2d) %-6s %d\n", k*2, k*2+2, strings.Repeat("*", buckets[k]), buckets[k])
	}
	sort.Float64s(data)
	n := len(data)
	median := data[n/2]
	var sum float64
	for _, d := range data {
		sum += d
	}
	fmt.Printf("min=%.1f max=%.1f median=%.1f mean=%.3f\n", data[0], data[n-1], median, sum/float64(n))
}
