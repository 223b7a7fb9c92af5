package main

import (
	"fmt"
	"math"
)

func main() {
	var i int
	var f float64
	var b bool
	var s string
	fmt.Printf("%v %v %v %q\n", i, f, b, s)
	var x, y int = 3, 4
	var ff float64 = math.Sqrt(float64(x*x + y*y))
	var z uint = uint(ff)
	fmt.Println(x, y, z)
	v := 42
	w := 3.142
	g := 0.867 + 0.5i
	fmt.Printf("v is of type %T, %T, %T\n", v, w, g)
	u := uint8(255)
	u++
	fmt.Println(u, int8(-128), float32(0.1))
	var r rune = 'x'
	var by byte = 'y'
	fmt.Println(r, by, string(r), string(rune(by)))
}
