package main

import "fmt"

type MyFloat float64

const Huge = 1 << 100
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const typed int64 = 7

func main() {
	fmt.Println(Huge >> 98)
	fmt.Println(Pi)
	var f32 float32 = Pi
	var mf MyFloat = Pi
	fmt.Println(f32, mf)
	fmt.Printf("%T %T %T\n", typed, Huge>>98, 'a'+1)
	const big = 1e300 * 1e300 / 1e300
	fmt.Println(big)
	fmt.Println(5/2, 5.0/2, 5/2.0, 'a'*2)
}
