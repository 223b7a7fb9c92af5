package main

import "fmt"

type Weekday uint8

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

type Flags uint

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagAll = FlagA | FlagB | FlagC
)

const (
	a = iota * 10
	b
	c = "str"
	d
	e = iota + 0.5
	f
)

func (f Flags) Has(x Flags) bool { return f&x != 0 }

func main() {
	fmt.Println(Sunday, Monday, Thursday)
	fmt.Printf("%T %v\n", Thursday, Thursday)
	fmt.Println(FlagA, FlagB, FlagC, FlagAll, FlagAll.Has(FlagB), (FlagA | FlagC).Has(FlagB))
	fmt.Println(a, b, c, d, e, f)
	fmt.Printf("%T %T %T\n", b, d, f)
	var fl Flags = FlagAll &^ FlagB
	fmt.Printf("%03b %v\n", fl, fl)
}
