package main

import (
	"fmt"
	"math"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 2
	c, d
	e, f = "e", iota
)

type Flags uint8

const (
	Read Flags = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

func (fl Flags) String() string {
	s := []byte("---")
	if fl&Read != 0 {
		s[0] = 'r'
	}
	if fl&Write != 0 {
		s[1] = 'w'
	}
	if fl&Exec != 0 {
		s[2] = 'x'
	}
	return string(s)
}

const huge = 1 << 100
const big2 = huge >> 98
const third = 1.0 / 3
const typedF float32 = 1.0 / 3
const r = 'a' + 1
const s = "con" + "cat"

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Println(KB, MB, GB, TB, TB/GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(Read, Write, Exec, All, Read|Exec, All&^Write, Flags(0))
	fmt.Println(big2, huge/(huge>>3), third, typedF, float64(typedF) == third)
	fmt.Printf("%T %v %T %c %s %d\n", r, r, third, r, s, len(s))
	var i8 int8 = math.MaxInt8
	var u32 uint32 = math.MaxUint32
	fmt.Println(i8+1 == math.MinInt8, u32+1, uint64(u32)+1, math.MaxInt64, uint64(math.MaxUint64))
	const maxU = ^uint(0)
	fmt.Println(maxU, maxU>>63, math.Pi, float32(math.Pi), math.SmallestNonzeroFloat64 > 0)
	x := 7
	fmt.Println(x/2, x%3, -x/2, float64(x)/2, 7/2.0, 1e3, 1e-7, 100000000.0, 1e21)
	const cplx = 2i * 2i
	fmt.Println(cplx, real(cplx), complex(1, 2)*complex(3, -1))
	fmt.Println(len([Thursday]int{}), [...]string{2: "b", 0: "a"})
}
