package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	nz := math.Copysign(0, -1)
	z := 0.0
	fmt.Println(nz, z, nz == z, math.Signbit(nz), math.Signbit(z))
	fmt.Println(1/nz, 1/z)
	// A constant -0.0 is just 0: constants have no negative zero.
	const cz = -0.0
	fmt.Println(math.Signbit(cz))
	x := 0.0
	x = -x
	fmt.Println(math.Signbit(x), x)
	fmt.Printf("%v %g %f %.1e %+v\n", nz, nz, nz, nz, nz)
	fmt.Println(strconv.FormatFloat(nz, 'f', -1, 64), nz*5, nz+0, nz-0)
	m := map[float64]string{}
	m[nz] = "neg"
	m[z] = "pos"
	fmt.Println(len(m), m[0])
	fmt.Println(math.Max(nz, z), math.Min(nz, z), max(nz, z), min(z, nz))
}
