package main

import (
	"fmt"
	"math"
	"slices"
)

// min and max order -0 below +0 and propagate NaN, also in the standard
// library's generic functions: slices.Min and slices.Max used the
// package's own two-argument min and max (declared by the engine when it
// had no such builtins), which returned +0 for min(+0, -0). The clear
// builtin zeroes the tail that slices.Delete and slices.Compact leave.
func gmin[T float32 | float64](a, b T) T { return min(a, b) }
func gmax[T float32 | float64](a, b T) T { return max(a, b) }

func main() {
	negz := math.Copysign(0, -1)
	z := 0.0
	fmt.Println(min(z, negz), min(negz, z), max(z, negz), max(negz, z))
	fmt.Println(gmin(z, negz), gmin(negz, z), gmax(z, negz), gmax(negz, z))
	t := []float64{0, negz, negz, 1.5}
	fmt.Println(slices.Min(t), slices.Max(t), slices.Min([]float64{negz, 0}))
	fmt.Println(slices.Max([]float64{negz, 0}), slices.Max([]float64{0, negz}), slices.Max([]float64{negz, negz}))
	nan := math.NaN()
	fmt.Println(slices.Min([]float64{1, nan, -1}), slices.Max([]float64{nan, 1}), slices.Min([]float64{-1, 2, nan}))
	fmt.Println(slices.Min([]string{"b", "a", "c"}), slices.Max([]int8{-3, 7, 2}), slices.Min([]float32{0, float32(negz)}))
	m := z
	for _, v := range t {
		m = min(m, v)
	}
	fmt.Println(m, min(z, negz, 1), max(negz, z, -1))

	s := []int{1, 2, 3, 4, 5}
	d := slices.Delete(s, 1, 3)
	fmt.Println(d, s, len(s[:cap(s)]))
	c := []string{"a", "a", "b", "b", "b", "c"}
	cc := slices.Compact(c)
	fmt.Printf("%q %q\n", cc, c)
}
