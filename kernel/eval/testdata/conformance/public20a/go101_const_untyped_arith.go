package main

import (
	"fmt"
	"math"
)

const (
	Big   = 1 << 100
	Small = Big >> 99
	F     = 1.0 / 3
	I     = 7 / 2
	G     = 7 / 2.0
	R     = 'a' + 1
	S     = "s" + "t"
	C     = 2i * 2i
	Huge  = math.MaxUint64 + 1 - 1
	Mixed = 'x' * 2.5
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	a, b = iota, iota * 10
	c, d
	e, f = "e", iota
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

type Bits uint8

const (
	F0 Bits = 1 << iota
	F1
	F2
	F3
)

func main() {
	fmt.Println(Small, F, I, G, R, S, C)
	fmt.Printf("%T %T %T %T %T\n", Small, F, I, R, C)
	fmt.Println(uint64(Huge), Mixed)
	fmt.Printf("%T %v\n", Mixed, Mixed)
	fmt.Println(Big/(1<<90), float64(Big))
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(F0, F1, F2, F3, F0|F3, ^F0, F3&^F3)
	var u8 uint8 = 200
	fmt.Println(u8+100, u8*2, -u8, u8<<1, u8>>1)
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1, i8-1, i8*i8)
	const h = 'h'
	var r rune = h
	var by byte = h
	fmt.Println(r, by, string(r), string(rune(by)))
	fmt.Println(1<<3.0, 10/4*4, 10/4.0*4, 10.0/4*4)
	var fl float32 = 1 << 24
	fmt.Println(fl+1, float64(fl)+1)
	const third = 1.0 / 3.0
	fmt.Println(float32(third), float64(third), third*3 == 1)
	x := 0.1
	fmt.Println(x+0.2, 0.1+0.2, x+0.2 == 0.3, 0.1+0.2 == 0.3)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(5%-3, -5%3, -5/3, 5/-3, -5>>1, -1>>10)
	var sh uint = 70
	fmt.Println(1<<sh == 0, int64(1)<<62, uint32(1)<<31>>1)
	const s = "héllo"
	fmt.Println(len(s), s[1], s[1:3], len([]rune(s)))
	var ff = 1e300
	fmt.Println(ff*1e10, -ff*1e10, ff*1e10-ff*1e10)
	fmt.Println(math.Inf(1) > math.MaxFloat64, math.NaN() == math.NaN())
	fmt.Println(int64(math.Float64bits(-0.0)>>63), 1/math.Inf(-1))
	var c64 complex64 = 1 + 2i
	fmt.Println(c64*c64, real(c64), imag(c64*1i))
	fmt.Printf("%.3f %v\n", complex(1, 1)/complex(0, 2), -C)
}
