// The constants of a dot-imported standard package are untyped, as they
// are through the package's name: Pi * Pow(r, 2) with . "math" failed with
// "mismatched types constant.ratVal and float64" (found in a tutorial's
// program).
package main

import (
	"fmt"
	. "math"
	. "time"
)

const circle = 2 * Pi

var quarter = Pi / 4

type block [MaxInt8/32 + 1]byte

func area(r float64) float64 { return Pi * Pow(r, 2) }

func degrees(rad float64) float64 { return rad * 180 / Pi }

func main() {
	r := 2.5
	fmt.Printf("%.4f %.4f %.4f %d\n", area(r), circle, quarter, len(block{}))
	var f32 float32 = Pi
	var small int8 = MaxInt8
	var big uint64 = MaxUint64
	fmt.Println(f32, small, big, MinInt16, SmallestNonzeroFloat64 > 0)
	wait := 3 * Second
	fmt.Println(wait, Millisecond*250, wait > Minute, Hour/Minute)
	fmt.Printf("%.3f %.3f %v\n", E*r, degrees(Pi/3), Sqrt2 > 1.4)
	fmt.Printf("%T %T %T %T\n", Pi, MaxInt8, Second, Pi*r)
	n := 12
	fmt.Println(MaxInt16/n, Ln2*2 < 1.5, Phi*0 == 0)
}
