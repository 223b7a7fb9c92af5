package main

import (
	"fmt"
	"math"
)

// A typed float constant is rounded to its type: float64 cannot tell
// 1<<100 from 1<<100 - 1, so two float64 constants holding them are equal
// (the interpreter compared their exact values). And constants have no
// negative zero: -0.0, -float64(0), 0 * -1 and -1e-10000 give +0 (the
// interpreter gave -0, whose sign shows through math.Signbit and 1/x).

const (
	chuge           = 1 << 100
	fhuge   float64 = 1 << 100
	fhuge1  float64 = chuge - 1
	zero            = 0.0
	fzero   float64 = 0
	tiny            = -1e-10000
	ctiny           = complex(-1e-10000, -0.0)
	fhuge32 float32 = 1 << 60
)

var m = -1e-10000

func main() {
	fmt.Println(fhuge == fhuge1, fhuge1+1 == fhuge, fhuge-1 == fhuge)
	fmt.Println(fhuge32 == fhuge32+1, float64(chuge-1) == float64(chuge))

	x := -zero
	y := -float64(zero)
	z := fzero * -1
	var w float64 = tiny
	fmt.Println(math.Signbit(x), math.Signbit(y), math.Signbit(z), math.Signbit(w), math.Signbit(m))
	fmt.Println(1/x, 1/y, 1/z, 1/w, 1/m)
	c := ctiny
	fmt.Println(math.Signbit(real(c)), math.Signbit(imag(c)))

	// A variable's zero keeps its sign when negated at run time.
	v := 0.0
	fmt.Println(math.Signbit(-v), 1/-v)
}
