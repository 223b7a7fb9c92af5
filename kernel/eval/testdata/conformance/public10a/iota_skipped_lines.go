package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	_
	Wednesday
	// comments and blank lines do not count

	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const (
	x = "x"
	y
	z = iota
	w
)

type Flag uint8

const (
	FlagA Flag = 1 << iota
	FlagB
	FlagC = FlagB | 16
	FlagD
	FlagE Flag = 1 << iota
)

const (
	p         = iota * iota
	q         = -iota
	r float64 = iota / 2.0
	s
)

func main() {
	fmt.Println(Sunday, Monday, Wednesday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z, w)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagE)
	fmt.Println(p, q, r, s)
	const single = iota
	fmt.Println(single)
}
