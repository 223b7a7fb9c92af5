package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

type Bits uint8

const (
	F0 Bits = 1 << iota
	F1
	F2
	_
	F4
)

const (
	a = iota * 10
	b
	c = "str"
	d
	e = iota + 0.5
	f
)

type Level string

const (
	Debug Level = "debug"
	Info  Level = "info"
)

func (l Level) Enabled(min Level) bool {
	order := map[Level]int{Debug: 0, Info: 1}
	return order[l] >= order[min]
}

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Println(F0, F1, F2, F4, F0|F4)
	fmt.Println(a, b, c, d, e, f)
	fmt.Printf("%T %T %T\n", b, e, Info)
	fmt.Println(Debug.Enabled(Info), Info.Enabled(Debug))
	const big = 1 << 62
	fmt.Println(big>>60, uint64(big)<<1)
	const typed int32 = 1 << 20
	fmt.Printf("%T %v\n", typed, typed*2)
}
