package main

import "fmt"

func keepB(xs []byte) []byte { return xs }

func keepS(xs []int16) []int16 { return xs[:] }

func keepF(xs []float32) []float32 { return xs }

func keepT(xs []bool) []bool { return xs }

// Slices of bytes, int16, float32 and bools given to funcs returning them,
// the results used by len only.
func main() {
	var a []byte
	a = append(a, 1)
	var b []int16
	b = append(b, 1)
	var c []float32
	c = append(c, 1)
	var d []bool
	d = append(d, true)
	fmt.Println(len(keepB(a)), len(keepS(b)), len(keepF(c)), len(keepT(d)))
	fmt.Println(cap(a), cap(b), cap(c), cap(d))
}
