package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
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
	e, f
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

type Flag uint8

const (
	FlagA Flag = 1 << iota
	FlagB
	FlagC
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(FlagA|FlagC, FlagB, ^FlagA)
	fmt.Printf("%T %T\n", Thursday, FlagC)
}
