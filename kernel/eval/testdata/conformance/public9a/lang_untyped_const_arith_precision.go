package main

import (
	"fmt"
	"math"
)

const (
	Big    = 1 << 100
	Small  = Big >> 99
	Third  = 1.0 / 3.0
	Huge   = 1e300 * 1e300 / 1e300
	Exact  = (Big + 1) - Big
	RuneC  = 'a' * 2
	Mixed  = 7 / 2 * 2.0
	Mixed2 = 7 / 2.0 * 2
	Pi2    = math.Pi * 2
	MaxU8  = ^uint8(0)
	Shift  = 1.0 << 3
	Cplx   = (1 + 2i) * (3 - 4i)
)

type Temp float32

const Boiling Temp = 100
const Ratio = Boiling / 3

func main() {
	fmt.Println(Small, Third, Huge, Exact, RuneC, Mixed, Mixed2)
	fmt.Printf("%.20f %T\n", Pi2, Pi2)
	fmt.Println(MaxU8, Shift, Cplx, real(Cplx), imag(Cplx))
	fmt.Printf("%v %T %v\n", Ratio, Ratio, Boiling*9/5+32)
	var f32 float32 = Third
	var f64 float64 = Third
	fmt.Println(f32, f64, float64(f32) == f64)
	const c = 10
	var i8 int8 = c * 12
	var u uint = c
	fmt.Println(i8, u<<c, c/3, c%3, c/3.0)
	x := 0.1
	fmt.Println(x*3 == 0.3, 0.1*3 == 0.3)
	fmt.Println(math.MaxInt64/2+1, math.MaxUint32*2, -math.MaxInt8-1)
	const s = "héllo"
	fmt.Println(len(s), s[1], s[1:3], string(s[0]))
	var r rune = 'é' + 1
	fmt.Printf("%c %d %U\n", r, r, r)
	const typed int16 = 300
	fmt.Println(typed*100, int32(typed)*1000)
	n := 5
	fmt.Println(1<<n, 1.0*float64(n)/2, n/2*2)
	var shifted int64 = 1 << 62
	fmt.Println(shifted*2, shifted<<1>>1)
}
