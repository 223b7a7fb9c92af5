package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	fmt.Println(nan, inf, -inf, nan == nan, nan != nan, inf > math.MaxFloat64)
	fmt.Printf("%v %f %e %g %5.2f|\n", nan, inf, -inf, nan, inf)
	var f32 float32 = float32(inf)
	fmt.Println(f32, float32(nan) == float32(nan))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero, math.Signbit(-zero*1), math.Copysign(0, -1))
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m), m[nan])
	fmt.Println(math.IsNaN(inf-inf), math.IsInf(inf*2, 1))
	c := complex(nan, inf)
	fmt.Println(c, real(c) == real(c))
}
