package main

import (
	"fmt"
	"math"
	"time"
)

type Celsius float64
type Grade byte

const (
	Freezing Celsius = 0
	Boiling  Celsius = 100
	Body             = Celsius(37.5)
)

const (
	A Grade = 'A' + iota
	B
	C
	D
	F = A + 5
)

const (
	KiB = 1 << (10 * (iota + 1))
	MiB
	GiB
	TiB
	PiB
	EiB
)

const (
	big    = 1 << 200
	small  = big >> 198
	pi2    = math.Pi * 2
	eps    = 1e-300 * 1e-300
	mixed  = 'a' + 1.0
	strLen = len("héllo")
)

const timeout = 3 * time.Second / 2

type Bits uint8

const (
	B0 Bits = 1 << iota
	B1
	_
	B3
	All = B0 | B1 | B3
)

func main() {
	fmt.Println(Freezing, Boiling, Body, Boiling-Body, Body*2)
	fmt.Printf("%c %c %c %c %d\n", A, B, D, F, F-A)
	fmt.Println(KiB, MiB, GiB, TiB, PiB, uint64(EiB))
	fmt.Println(small, pi2, eps, mixed, strLen)
	fmt.Printf("%T %v %T\n", mixed, timeout, timeout)
	fmt.Println(B0, B1, B3, All, All&^B1, Bits(0xff)^All)
	const x = 10
	var f32 float32 = x / 4
	var i = x / 4
	var f = x / 4.0
	fmt.Println(f32, i, f)
	const huge = 1e30
	fmt.Println(huge/1e28, int64(huge/1e20))
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint16, uint64(math.MaxUint64))
	fmt.Println(7.0/2, 7/2, 7/2.0, float32(1)/3, 1/3.0)
	var d time.Duration = 90 * time.Minute
	fmt.Println(d, time.Duration(2.5*float64(time.Second)), 2*time.Hour+30*time.Minute)
	const r = 'x'
	var b byte = r
	var rr rune = r
	fmt.Println(b, rr, string(r))
	fmt.Println(1<<10 == KiB, 0x1p4, 0o17, 0b1010, 1_000_000, 'a' < 'b', "a" < "b")
	const c1 = complex(1, 2)
	fmt.Println(real(c1), imag(c1), c1*c1)
}
